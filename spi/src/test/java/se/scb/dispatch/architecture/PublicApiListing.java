package se.scb.dispatch.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that the README's API section lists exactly the public types of a module's exported packages
 * (all but those named {@code …internal…}), so the list a user reads is the API, and a type made public
 * by accident fails the build until it is listed or hidden. Each module with API runs it on its classes.
 */
public final class PublicApiListing {

    /** A row of the README's API table: {@code | `package` | `Type`, `Type` … | what it is |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `(se\\.scb\\.dispatch[\\w.]*)` \\| ([^|]+)\\|");
    private static final Pattern TYPE = Pattern.compile("`(\\w+)`");

    private PublicApiListing() {
    }

    /** Run from a module's folder: its compiled classes against the README in the folder above. */
    public static void assertTheReadmeListsThisModulesApi() throws IOException {
        Map<String, Set<String>> actual = publicTypesByPackage(Path.of("target/classes"));
        Map<String, Set<String>> listed = listedInReadme(Path.of("../README.md"));
        listed.keySet().retainAll(actual.keySet());

        assertThat(listed).as("the README's API section ('## API'), for this module's packages").isEqualTo(actual);
    }

    static Map<String, Set<String>> publicTypesByPackage(Path classes) {
        return new ClassFileImporter().importPath(classes).stream()
                .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !type.getPackageName().contains(".internal"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.mapping(JavaClass::getSimpleName,
                        Collectors.toCollection(TreeSet::new))));
    }

    static Map<String, Set<String>> listedInReadme(Path readme) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf("\n## API\n");
        assertThat(start).as("README.md has a section '## API'").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        Map<String, Set<String>> listed = new TreeMap<>();
        for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Set<String> types = listed.computeIfAbsent(row.group(1), any -> new TreeSet<>());
                TYPE.matcher(row.group(2)).results().forEach(match -> types.add(match.group(1)));
            }
        }
        return listed;
    }
}
