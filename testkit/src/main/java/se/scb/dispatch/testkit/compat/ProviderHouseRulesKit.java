package se.scb.dispatch.testkit.compat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house plan (ARCHITECTURE.md) for a provider module, an adapter or the paper module,
 * as tests its own test class inherits. A broken rule fails the build with the sentence that says why
 * the rule exists. Needs {@code com.tngtech.archunit:archunit} on the module's test class path.
 */
public abstract class ProviderHouseRulesKit {

    /** What of core a provider may see. */
    private static final List<String> CORE_FOR_PROVIDERS = List.of(
            "se.scb.dispatch.spi..", "se.scb.dispatch.model..", "se.scb.dispatch.id..", "se.scb.dispatch.template..");

    /** The JDK's own packages outside {@code java..} that providers use (TLS, XML, XML signatures). */
    private static final List<String> JDK = List.of(
            "java..", "javax.net..", "javax.xml..", "javax.crypto..", "javax.security..", "org.w3c.dom..", "org.xml.sax..");

    /** The module's root package, e.g. {@code se.scb.dispatch.adapter.kivra}. */
    protected abstract String modulePackage();

    /** The third-party packages of the libraries the module's pom declares, e.g. {@code com.fasterxml.jackson..}. */
    protected abstract List<String> declaredLibraries();

    @Test
    @DisplayName("sees only the SPI, the model, identity numbers and templates of core")
    void seesOnlyWhatCoreOffersProviders() {
        List<String> allowed = new ArrayList<>(CORE_FOR_PROVIDERS);
        allowed.addAll(JDK);
        allowed.add(modulePackage() + "..");
        allowed.addAll(declaredLibraries());
        ArchRule rule = classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("adapters and the paper module translate and decide nothing: they see only the SPI, the model, identity"
                        + " numbers and templates of core, so core can change how it plans, runs and journals without breaking"
                        + " a provider, and no provider can redo or bypass a decision of core's");
        rule.check(moduleClasses());
    }

    @Test
    @DisplayName("reads its configuration without Bean Validation")
    void readsItsConfigurationWithoutBeanValidation() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.validation..", "javax.validation..", "org.hibernate..")
                .because("a provider reads its keys with the SPI's ProviderConfig.Reader, which names every wrong key in one"
                        + " message; Bean Validation would name fields instead of keys and tie every host system to Hibernate"
                        + " Validator for a handful of checks");
        rule.check(moduleClasses());
    }

    @Test
    @DisplayName("uses no internals of core")
    void usesNoInternalsOfCore() {
        PublicApiRule.usesNoInternals().check(moduleClasses());
    }

    /** The module's main classes: its tests may use anything. */
    private JavaClasses moduleClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(modulePackage());
    }
}
