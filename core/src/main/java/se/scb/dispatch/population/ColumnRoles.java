package se.scb.dispatch.population;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.model.PostalAddress;

/**
 * Which column plays which part (recipient, address lines, case id) in one set of column names.
 * Every source uses this one class, so a CSV header, a JSON object and a map from code are read by
 * the same rules: names are compared trimmed and ignoring case; where a role has several accepted
 * names, the first one in {@link Role}'s list that is present wins. Columns keep their place as
 * variables whatever their role.
 */
final class ColumnRoles {

    /** The parts a column can play, each with its accepted names in order of preference. */
    enum Role {
        RECIPIENT("recipient_id", "personnummer", "organisationsnummer"),
        NAME("name", "namn"),
        CARE_OF("co"),
        STREET("street", "utdelningsadress"),
        POSTAL_CODE("postal_code", "postnummer"),
        CITY("city", "postort"),
        COUNTRY("country", "land"),
        CASE_ID("case_id");

        private final List<String> names;

        Role(String... names) {
            this.names = List.of(names);
        }

        List<String> names() {
            return names;
        }
    }

    /** What to tell a user whose data has no recipient column. */
    static final String RECIPIENT_ADVICE =
            "name one column recipient_id, personnummer or organisationsnummer";

    private static final List<Role> SINGLE_LINE_ROLES = List.of(Role.RECIPIENT, Role.NAME, Role.CARE_OF, Role.STREET,
            Role.POSTAL_CODE, Role.CITY, Role.COUNTRY);

    private static final List<Role> ADDRESS_ROLES = List.of(Role.NAME, Role.CARE_OF, Role.STREET, Role.POSTAL_CODE, Role.CITY,
            Role.COUNTRY);

    private final Map<Role, String> columnByRole;

    private ColumnRoles(Map<Role, String> columnByRole) {
        this.columnByRole = columnByRole;
    }

    /**
     * Assigns roles among {@code columns} (trimmed names, as written). When two names differ only by
     * case the first is used; callers that must reject such clashes check {@link #duplicates} first.
     */
    static ColumnRoles of(Collection<String> columns) {
        Map<String, String> byKey = new HashMap<>();
        for (String column : columns) {
            byKey.putIfAbsent(key(column), column);
        }
        Map<Role, String> columnByRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            role.names().stream()
                    .map(byKey::get)
                    .filter(column -> column != null)
                    .findFirst()
                    .ifPresent(column -> columnByRole.put(role, column));
        }
        return new ColumnRoles(columnByRole);
    }

    /** The names in {@code columns} that clash with an earlier one once case is ignored, in order. */
    static List<String> duplicates(Collection<String> columns) {
        Map<String, String> firstByKey = new LinkedHashMap<>();
        List<String> clashing = new ArrayList<>();
        for (String column : columns) {
            String first = firstByKey.putIfAbsent(key(column), column);
            if (first != null) {
                if (!clashing.contains(first)) {
                    clashing.add(first);
                }
                clashing.add(column);
            }
        }
        return clashing;
    }

    /** The key two column names share when they mean the same column. */
    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    boolean hasRecipient() {
        return columnByRole.containsKey(Role.RECIPIENT);
    }

    /** The column that plays {@code role}, as written. */
    Optional<String> column(Role role) {
        return Optional.ofNullable(columnByRole.get(role));
    }

    /** The columns a paper letter's address is printed from, in the order of the address lines. */
    List<String> addressColumns() {
        return ADDRESS_ROLES.stream().map(columnByRole::get).filter(column -> column != null).toList();
    }

    /**
     * The columns whose value is one line by nature: the recipient and the address lines. A line
     * break in one of them means a quote swallowed the next line of the file.
     */
    List<String> singleLineColumns() {
        return SINGLE_LINE_ROLES.stream().map(columnByRole::get).filter(column -> column != null).toList();
    }

    /**
     * A well-formed row.
     *
     * @param variables every column by its name as written, values already trimmed
     */
    PopulationRow row(long number, Map<String, String> variables) {
        PostalAddress address = new PostalAddress(
                value(variables, Role.NAME),
                value(variables, Role.CARE_OF),
                value(variables, Role.STREET),
                value(variables, Role.POSTAL_CODE),
                value(variables, Role.CITY),
                value(variables, Role.COUNTRY));
        return new PopulationRow(number, variables, value(variables, Role.RECIPIENT), address,
                value(variables, Role.CASE_ID), Optional.empty());
    }

    private String value(Map<String, String> variables, Role role) {
        String column = columnByRole.get(role);
        return column == null ? "" : variables.getOrDefault(column, "");
    }
}
