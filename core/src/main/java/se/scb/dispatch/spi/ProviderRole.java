package se.scb.dispatch.spi;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One of the three things the dispatcher needs a provider for, with what discovery needs to know of it.
 *
 * @param description   words for messages, e.g. "recipient directory"
 * @param configKey     the configuration key that names the provider to use
 * @param builderMethod the builder method that gives one in code, for messages
 * @param artifacts     the artifacts that provide one, for the message when none is found
 */
public record ProviderRole<P, T>(
        Class<P> providerType,
        String description,
        String configKey,
        String builderMethod,
        String artifacts,
        Function<P, String> name,
        BiFunction<P, ProviderConfig, T> create) {

    public static final ProviderRole<RecipientDirectoryProvider, RecipientDirectory> RECIPIENT_DIRECTORY = new ProviderRole<>(
            RecipientDirectoryProvider.class, "recipient directory", "dispatch.recipient-directory", "recipientDirectory(...)",
            "dispatch-adapter-mina-meddelanden or dispatch-adapter-kivra (or dispatch-testkit for fakes)",
            RecipientDirectoryProvider::name, RecipientDirectoryProvider::create);

    public static final ProviderRole<MailboxOperatorProvider, MailboxOperator> MAILBOX_OPERATOR = new ProviderRole<>(
            MailboxOperatorProvider.class, "mailbox operator", "dispatch.mailbox-operator", "mailboxOperator(...)",
            "dispatch-adapter-mina-meddelanden or dispatch-adapter-kivra (or dispatch-testkit for fakes)",
            MailboxOperatorProvider::name, MailboxOperatorProvider::create);

    public static final ProviderRole<PaperChannelProvider, PaperChannel> PAPER_CHANNEL = new ProviderRole<>(
            PaperChannelProvider.class, "paper channel", "dispatch.paper-channel", "paperChannel(...)",
            "dispatch-fallback-paper (or dispatch-testkit for fakes)",
            PaperChannelProvider::name, PaperChannelProvider::create);
}
