package se.scb.dispatch.examples.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.testkit.compat.PublicApiRule;

/** The dispatch program and the embedding examples use the library as any host system does. */
class PublicApiOnlyTest {

    private static final JavaClasses PROGRAM = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.scb.dispatch.examples");

    @Test
    void theProgramUsesNoInternalsOfTheLibrary() {
        // The program shows that the public API is enough for what a host system does.
        PublicApiRule.usesNoInternals().check(PROGRAM);
    }
}
