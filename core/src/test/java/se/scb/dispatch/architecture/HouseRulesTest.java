package se.scb.dispatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house plan (ARCHITECTURE.md) that keep core's arrows pointing down. A broken rule
 * fails the build with the sentence that says why the rule exists.
 */
class HouseRulesTest {

    /** What adapters and the paper module may see: the SPI and the values it speaks in. */
    static final String[] GROUND_FLOOR = {"se.scb.dispatch.spi..", "se.scb.dispatch.model..", "se.scb.dispatch.id..",
        "se.scb.dispatch.template..", "se.scb.dispatch.config.."};

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

    @Test
    void theFeaturesFormNoCycles() {
        ArchRule rule = slices().matching("se.scb.dispatch.(*)..").namingSlices("$1").should().beFreeOfCycles()
                .because("arrows point down (facade → features → model, spi, id, template): a cycle ties two features together,"
                        + " so neither can be understood, tested or changed alone");
        rule.check(CORE);
    }

    @Test
    void theGroundFloorStandsOnNothingAboveIt() {
        ArchRule rule = classes().that().resideInAnyPackage(GROUND_FLOOR)
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(GROUND_FLOOR, "java..", "org.slf4j..", "com.fasterxml.jackson..",
                        "jakarta.validation..", "org.hibernate.validator.."))
                .because("adapters and the paper module see only the SPI, the model, ids and templates: if those reached up into the"
                        + " journal, the planner or the runner, an adapter would drag core's decisions in with it");
        rule.check(CORE);
    }

    @Test
    void coreNeverDependsOnTheModulesBuiltOnIt() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage("se.scb.dispatch.adapter..", "se.scb.dispatch.paper..",
                        "se.scb.dispatch.testkit..", "se.scb.dispatch.examples..", "se.scb.dispatch.benchmarks..")
                .because("core is the foundation: adapters, the paper module, the testkit and the examples are built on it and"
                        + " found through the SPI, so core must build, test and run without any of them");
        rule.check(CORE);
    }

    @Test
    void thePublicApiHandsOutNoInternalType() {
        ArchRule rule = codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should(exposeNoInternalType())
                .because("the types in ..internal.. packages may change in any release: a public method outside them that takes or"
                        + " returns one would make it part of the API after all");
        rule.check(CORE);
    }

    private static ArchCondition<JavaCodeUnit> exposeNoInternalType() {
        return new ArchCondition<>("take or return no type of an ..internal.. package") {
            @Override
            public void check(JavaCodeUnit method, ConditionEvents events) {
                Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                        .filter(type -> isInternal(type))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + type.getName())));
            }
        };
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal");
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
