package se.scb.dispatch.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dispatch program and the embedding examples use the library as any host system does. */
class PublicApiOnlyTest {

    private static final JavaClasses PROGRAM = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.scb.dispatch.examples");

    @Test
    void theProgramUsesNoInternalsOfTheLibrary() {
        noClasses().should().dependOnClassesThat().resideInAPackage("se.scb.dispatch..internal..")
                .because("internal packages change without notice; what a host system can do, the program does through the public API,"
                        + " so the program shows that the API is enough")
                .check(PROGRAM);
    }
}
