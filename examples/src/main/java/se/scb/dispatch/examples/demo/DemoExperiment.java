package se.scb.dispatch.examples.demo;

import java.util.List;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.experiment.Experiment.Arm;

/**
 * The demo's experiment: the full invitation against a short one, half each, drawn within each sex and age
 * group, so the report has two arms to compare.
 */
public final class DemoExperiment {

    /** The arm with the full letter, the baseline. */
    public static final String FULL = "brev";
    /** The arm with the short letter. */
    public static final String SHORT = "kort";

    private DemoExperiment() {
    }

    /** The same seed gives the same arms. */
    public static Experiment of(long seed) {
        return new Experiment(seed, List.of(Experiment.SEX, Experiment.AGE_GROUP),
                List.of(Arm.of(FULL, 1), Arm.of(SHORT, 1).template(DemoTemplate.shortInvitation())));
    }
}
