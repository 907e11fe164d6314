package se.scb.dispatch.adapter.kivra;

import java.util.List;
import se.scb.dispatch.testkit.compat.ProviderHouseRulesKit;

class KivraHouseRulesTest extends ProviderHouseRulesKit {

    @Override
    protected String modulePackage() {
        return "se.scb.dispatch.adapter.kivra";
    }

    @Override
    protected List<String> declaredLibraries() {
        return List.of("com.fasterxml.jackson..", "org.slf4j..");
    }
}
