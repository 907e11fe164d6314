package se.scb.dispatch.paper;

import java.util.List;
import se.scb.dispatch.testkit.compat.ProviderHouseRulesKit;

class PaperHouseRulesTest extends ProviderHouseRulesKit {

    @Override
    protected String modulePackage() {
        return "se.scb.dispatch.paper";
    }

    @Override
    protected List<String> declaredLibraries() {
        return List.of("org.apache.pdfbox..", "org.apache.fontbox..", "org.slf4j..");
    }
}
