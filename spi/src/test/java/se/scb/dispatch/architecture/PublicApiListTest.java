package se.scb.dispatch.architecture;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's API section lists exactly this module's public types outside …internal… packages. */
class PublicApiListTest {

    @Test
    void the_readme_lists_exactly_the_public_types_of_the_exported_packages() throws IOException {
        PublicApiListing.assertTheReadmeListsThisModulesApi();
    }
}
