package se.scb.dispatch.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.testkit.compat.PublicApiRule;

/** Reports read, they never write: they use core's public read side only, and the README lists their API. */
class ReportsHouseRulesTest {

    @Test
    void reportsUseNoInternalsOfCore() {
        // The journal's write side is internal, so a report that cannot see internals cannot write.
        PublicApiRule.usesNoInternalsBut("se.scb.dispatch.cost..", "se.scb.dispatch.process..", "se.scb.dispatch.report..").check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.scb.dispatch.cost", "se.scb.dispatch.process", "se.scb.dispatch.report"));
    }

    @Test
    void theReadmeListsExactlyThePublicTypesOfThisModule() throws IOException {
        PublicApiListing.assertTheReadmeListsThisModulesApi();
    }
}
