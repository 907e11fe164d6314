package se.scb.dispatch.testkit.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.testkit.compat.PublicApiRule;

/** The testkit's fakes stand in for adapters and are used by host systems' tests: they use the public API only. */
class PublicApiOnlyTest {

    @Test
    void theTestkitUsesNoInternalsOfTheLibrary() {
        PublicApiRule.usesNoInternals()
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.scb.dispatch.testkit"));
    }
}
