package se.scb.dispatch.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.run.RunSettings;

/**
 * Hands a test a {@link Dispatcher} wired to fresh fakes, and the fakes themselves to arrange and
 * inspect. Each test gets its own set; the dispatcher and operator are closed after it.
 *
 * <pre>{@code
 * @ExtendWith(DispatcherExtension.class)
 * class InvitationTest {
 *     @Test
 *     void invitesTheSample(Dispatcher dispatcher, FakeRecipientDirectory directory, FakeMailboxOperator operator) {
 *         directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra")));
 *         dispatcher.send(sample, template, DispatchOptions.named("Invitation"));
 *         assertThat(operator.receivedCount()).isEqualTo(1);
 *     }
 * }
 * }</pre>
 *
 * <p>Parameters it resolves: {@link Dispatcher}, {@link FakeRecipientDirectory},
 * {@link FakeMailboxOperator}, {@link FakePaperChannel} and {@link TestIdentityNumbers} (seeded, so a
 * test sees the same numbers every run). Retries and leases are short, so a test of failures runs
 * in milliseconds.
 */
public final class DispatcherExtension implements ParameterResolver {

    /** Short waits, so tests of retries and leases take milliseconds. */
    public static final RunSettings FAST = RunSettings.defaults()
            .withRetryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(50), 2.0, 0.2))
            .withDeliveryTimeout(Duration.ofSeconds(2))
            .withLease(Duration.ofSeconds(5))
            .withIdlePoll(Duration.ofMillis(5));

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DispatcherExtension.class);
    private static final long SEED = 20_261_126L;

    private static final Map<Class<?>, Function<Fakes, Object>> RESOLVABLE = Map.of(
            Dispatcher.class, Fakes::dispatcher,
            FakeRecipientDirectory.class, Fakes::directory,
            FakeMailboxOperator.class, Fakes::operator,
            FakePaperChannel.class, Fakes::paper,
            TestIdentityNumbers.class, Fakes::ids);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVABLE.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Function<Fakes, Object> accessor = RESOLVABLE.get(parameter.getParameter().getType());
        if (accessor == null) {
            throw new ParameterResolutionException("DispatcherExtension cannot supply a " + parameter.getParameter().getType().getName());
        }
        Fakes fakes = context.getStore(NAMESPACE).getOrComputeIfAbsent(Fakes.class, key -> new Fakes(), Fakes.class);
        return accessor.apply(fakes);
    }

    /** One test's dispatcher and fakes; closed by JUnit when the test's store closes. */
    static final class Fakes implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();
        private final FakeMailboxOperator operator = new FakeMailboxOperator();
        private final FakePaperChannel paper = new FakePaperChannel();
        private final TestIdentityNumbers ids = new TestIdentityNumbers(SEED);
        private final Dispatcher dispatcher = Dispatcher.builder()
                .recipientDirectory(directory)
                .mailboxOperator(operator)
                .paperChannel(paper)
                .runSettings(FAST)
                .build();

        Dispatcher dispatcher() {
            return dispatcher;
        }

        FakeRecipientDirectory directory() {
            return directory;
        }

        FakeMailboxOperator operator() {
            return operator;
        }

        FakePaperChannel paper() {
            return paper;
        }

        TestIdentityNumbers ids() {
            return ids;
        }

        @Override
        public void close() {
            dispatcher.close();
            operator.close();
        }
    }
}
