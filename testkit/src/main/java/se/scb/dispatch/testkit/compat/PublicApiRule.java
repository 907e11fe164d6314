package se.scb.dispatch.testkit.compat;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rule for every module built on the SDK (adapters, the paper module, the testkit, the
 * reports, the program, a host system's own code): it uses the public API only. Needs
 * {@code com.tngtech.archunit:archunit} on the test class path.
 */
public final class PublicApiRule {

    private static final String REASON = "the SDK's internal packages change in any release without notice; what a host system can do,"
            + " it does through the public API, so code built on the API keeps building";

    private PublicApiRule() {
    }

    /** No class uses a type of the SDK's {@code …internal…} packages. */
    public static ArchRule usesNoInternals() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("se.scb.dispatch..internal..").because(REASON);
    }

    /**
     * No class uses a type of another module's {@code …internal…} packages; those in {@code ownPackages}
     * (e.g. {@code se.scb.dispatch.process..}) are the module's own.
     */
    public static ArchRule usesNoInternalsBut(String... ownPackages) {
        return noClasses().should().dependOnClassesThat(
                resideInAPackage("se.scb.dispatch..internal..").and(DescribedPredicate.not(resideInAnyPackage(ownPackages))))
                .because(REASON);
    }
}
