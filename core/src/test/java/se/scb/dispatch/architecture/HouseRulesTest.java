package se.scb.dispatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house plan (ARCHITECTURE.md) that keep core's arrows pointing down. A broken rule
 * fails the build with the sentence that says why the rule exists.
 */
class HouseRulesTest {

    private static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.scb.dispatch");

    @Test
    void noFeaturePointsUpAtTheFacade() {
        ArchRule rule = noClasses().that().resideInAPackage("se.scb.dispatch.(*)..")
                .should().dependOnClassesThat().resideInAPackage("se.scb.dispatch")
                .because("arrows point down: the facade (Dispatcher, DispatchControl) uses the features, never the other way round,"
                        + " so a feature can change without the API and be tested without it");
        rule.check(CORE);
    }

    @Test
    void theJournalAndTheSpiNeverPointAtThePlannerOrTheRunner() {
        ArchRule rule = noClasses().that().resideInAnyPackage("se.scb.dispatch.journal..", "se.scb.dispatch.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("se.scb.dispatch.plan..", "se.scb.dispatch.run..")
                .because("the SPI and the journal never point at plan, run or the facade: the journal stores plain data, not the"
                        + " planner's types, and an adapter sees nothing of how core decides");
        rule.check(CORE);
    }
}
