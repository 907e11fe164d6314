package se.scb.dispatch.population;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one CSV row by column name, in column order: an array of values beside the file's
 * columns, which all its rows share. A million rows then cost one array each instead of a
 * {@code LinkedHashMap} of entries. Unmodifiable; {@link PopulationRow} keeps it without copying.
 */
final class RowValues extends AbstractMap<String, String> {

    /** A file's column names (distinct) in order, with the index of each; made once per file. */
    static final class Columns {
        private final List<String> names;
        private final Map<String, Integer> indexOf = new HashMap<>();

        Columns(List<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < this.names.size(); i++) {
                if (indexOf.putIfAbsent(this.names.get(i), i) != null) {
                    throw new IllegalArgumentException("column " + (i + 1) + " repeats the name of an earlier column");
                }
            }
        }

        int size() {
            return names.size();
        }
    }

    private final Columns columns;
    private final String[] values;

    /** @param values one per column, in column order; not copied, so the caller hands it over */
    RowValues(Columns columns, String[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        this.columns = columns;
        this.values = values;
    }

    @Override
    public String get(Object column) {
        Integer index = columns.indexOf.get(column);
        return index == null ? null : values[index];
    }

    @Override
    public boolean containsKey(Object column) {
        return columns.indexOf.containsKey(column);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleImmutableEntry<>(columns.names.get(index), values[index]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
