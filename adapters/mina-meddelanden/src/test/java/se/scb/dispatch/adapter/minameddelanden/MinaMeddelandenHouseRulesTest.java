package se.scb.dispatch.adapter.minameddelanden;

import java.util.List;
import se.scb.dispatch.testkit.compat.ProviderHouseRulesKit;

class MinaMeddelandenHouseRulesTest extends ProviderHouseRulesKit {

    @Override
    protected String modulePackage() {
        return "se.scb.dispatch.adapter.minameddelanden";
    }

    @Override
    protected List<String> declaredLibraries() {
        return List.of("org.slf4j..");
    }
}
