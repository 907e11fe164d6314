package se.scb.dispatch.testkit;

import java.nio.file.Path;
import java.util.Optional;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.spi.RecipientDirectory;

/** The factories named {@value #NAME} that {@link java.util.ServiceLoader} finds for the fakes. */
public final class FakeProviders {

    /** The provider name configuration chooses the fakes with. */
    public static final String NAME = "fake";

    /** Optional configuration key: a file {@code recipient_id;status;operator} the directory answers from. */
    public static final String REACHABILITY_KEY = "fake.reachability";

    private FakeProviders() {
    }

    /** Makes a {@link FakeRecipientDirectory}, from the file in {@value #REACHABILITY_KEY} when set. */
    public static final class Directory extends ProviderFactory<RecipientDirectory> {
        public Directory() {
            super(RecipientDirectory.class, NAME, FakeProviders::directory);
        }
    }

    /** Makes a {@link FakeMailboxOperator} that takes every letter. */
    public static final class Operator extends ProviderFactory<MailboxOperator> {
        public Operator() {
            super(MailboxOperator.class, NAME, config -> new FakeMailboxOperator());
        }
    }

    /** Makes a {@link FakePaperChannel}. */
    public static final class Paper extends ProviderFactory<PaperChannel> {
        public Paper() {
            super(PaperChannel.class, NAME, config -> new FakePaperChannel());
        }
    }

    private static FakeRecipientDirectory directory(ProviderConfig config) {
        ProviderConfig.Reader keys = config.reader("fake recipient directory configuration");
        Optional<Path> file = keys.existingFile(REACHABILITY_KEY);
        keys.done();
        return file.map(FakeProviders::fromFile).orElseGet(() -> FakeRecipientDirectory.builder().build());
    }

    private static FakeRecipientDirectory fromFile(Path file) {
        try {
            return FakeRecipientDirectory.fromCsv(file);
        } catch (RuntimeException e) {
            throw new ProviderException("The file in '" + REACHABILITY_KEY + "' cannot be used. " + e.getMessage(), e);
        }
    }
}
