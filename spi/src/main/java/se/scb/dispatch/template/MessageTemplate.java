package se.scb.dispatch.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.config.internal.ConfigurationCheck;

/**
 * The letter every recipient of a dispatch gets, with placeholders for each row's variables.
 * Immutable and thread-safe; made with {@link #builder()} or read with {@link #load(Path)}.
 *
 * <p>Placeholders are {@code {{name}}} or {@code {{name|default}}} in the subject, the bodies and
 * the support text. A name is Unicode letters, digits and {@code _}; whitespace inside the braces
 * is ignored; the default may be empty, which makes the variable optional. Values are matched on
 * the exact name. See {@link #render(Map)} for how rows are filled in.
 *
 * <p>{@code toString} gives sizes and variable names, not the texts.
 */
public final class MessageTemplate {

    /** The language of a template that names none. */
    public static final String DEFAULT_LANGUAGE = "sv";

    private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

    private final Sender sender;
    private final String subject;
    private final Optional<String> text;
    private final Optional<String> html;
    private final List<Attachment> attachments;
    private final String language;
    private final Optional<SupportInfo> supportInfo;

    private final TextTemplate subjectTemplate;
    private final Optional<TextTemplate> textTemplate;
    private final Optional<TextTemplate> htmlTemplate;
    private final Optional<TextTemplate> supportTextTemplate;
    private final Set<String> variables;

    private MessageTemplate(Builder builder) {
        sender = builder.sender;
        subject = builder.subject;
        text = Optional.ofNullable(builder.text).filter(body -> !body.isBlank());
        html = Optional.ofNullable(builder.html).filter(body -> !body.isBlank());
        attachments = List.copyOf(builder.attachments);
        language = builder.language;
        supportInfo = Optional.ofNullable(builder.supportInfo);

        subjectTemplate = TextTemplate.parse("subject", subject);
        textTemplate = text.map(body -> TextTemplate.parse("text", body));
        htmlTemplate = html.map(body -> TextTemplate.parse("html", body));
        supportTextTemplate = supportInfo.map(info -> TextTemplate.parse("supportInfo.text", info.text()));
        variables = Collections.unmodifiableSet(collectVariables());
    }

    /** A builder for a template in Swedish ({@value #DEFAULT_LANGUAGE}) unless told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a template file: a JSON object with the keys {@code sender} ({@code organisationNumber},
     * {@code name}), {@code subject}, {@code text}, {@code html}, {@code attachments} (PDF paths
     * relative to the template file), {@code language} and {@code supportInfo} ({@code text},
     * {@code url}, {@code phone}, {@code email}). Any other key is an error.
     *
     * @throws TemplateException naming the file and what to fix
     */
    public static MessageTemplate load(Path file) {
        return TemplateFile.read(file);
    }

    /** Every variable a placeholder names, in subject, text, html and support text, in order of first use. */
    public Set<String> variables() {
        return variables;
    }

    /**
     * Fills in the placeholders from one row's variables. Rendering is strict: a variable that is
     * missing or blank takes its placeholder's default, and without a default the row fails with
     * every such variable named. Values are HTML-escaped in the HTML body and used as they are
     * elsewhere; defaults and the template's own text are never escaped. The result may still
     * break the operators' limits; see {@link RenderedMessage#limitViolations()}.
     */
    public RenderResult render(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        Set<String> missing = new LinkedHashSet<>();
        String renderedSubject = subjectTemplate.render(values, AS_IS, missing);
        Optional<String> renderedText = textTemplate.map(body -> body.render(values, AS_IS, missing));
        Optional<String> renderedHtml = htmlTemplate.map(body -> body.render(values, HtmlEscape::escape, missing));
        Optional<SupportInfo> renderedSupport = supportInfo.map(
                info -> info.withText(supportTextTemplate.orElseThrow().render(values, AS_IS, missing)));
        if (!missing.isEmpty()) {
            return new RenderResult.MissingVariables(List.copyOf(missing));
        }
        return new RenderResult.Rendered(new RenderedMessage(
                sender, renderedSubject, renderedText, renderedHtml, attachments, language, renderedSupport));
    }

    public Sender sender() {
        return sender;
    }

    /** The subject as written, with its placeholders. */
    public String subject() {
        return subject;
    }

    /** The plain-text body as written, if any. */
    public Optional<String> text() {
        return text;
    }

    /** The HTML body as written, if any. */
    public Optional<String> html() {
        return html;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    public String language() {
        return language;
    }

    public Optional<SupportInfo> supportInfo() {
        return supportInfo;
    }

    @Override
    public String toString() {
        return "MessageTemplate[sender=" + sender.name()
                + ", subject=" + subject.length() + " chars"
                + ", text=" + text.map(body -> body.length() + " chars").orElse("none")
                + ", html=" + html.map(body -> body.length() + " chars").orElse("none")
                + ", attachments=" + attachments
                + ", language=" + language
                + ", variables=" + variables + "]";
    }

    private Set<String> collectVariables() {
        Set<String> names = new LinkedHashSet<>();
        subjectTemplate.collectVariables(names);
        textTemplate.ifPresent(body -> body.collectVariables(names));
        htmlTemplate.ifPresent(body -> body.collectVariables(names));
        supportTextTemplate.ifPresent(supportText -> supportText.collectVariables(names));
        return names;
    }

    /**
     * Collects a template's parts; {@link #build()} checks them all at once. Its annotations are the
     * template's rules, read by {@link ConfigurationCheck}.
     */
    public static final class Builder {

        @NotNull
        @Valid
        private Sender sender;

        @NotBlank
        private String subject;

        private String text;

        private String html;

        private final List<Attachment> attachments = new ArrayList<>();

        @NotNull
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a language code such as sv or en")
        private String language = DEFAULT_LANGUAGE;

        @Valid
        private SupportInfo supportInfo;

        private Builder() {
        }

        public Builder sender(Sender sender) {
            this.sender = sender;
            return this;
        }

        /** The subject line; at most 255 characters once filled in. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** The plain-text body. A blank body counts as none. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** The HTML body. A blank body counts as none. */
        public Builder html(String html) {
            this.html = html;
            return this;
        }

        /** Adds a PDF that goes with every letter, after those added before. */
        public Builder attachment(Attachment attachment) {
            attachments.add(Objects.requireNonNull(attachment, "attachment"));
            return this;
        }

        /** The language of the letter, e.g. {@code sv} or {@code en}; {@value #DEFAULT_LANGUAGE} if not set. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder supportInfo(SupportInfo supportInfo) {
            this.supportInfo = supportInfo;
            return this;
        }

        /**
         * @throws InvalidConfigurationException listing every rule the parts break
         * @throws TemplateException             naming the field and position of a malformed placeholder, or an
         *                                       attachment that is not built like a PDF
         */
        public MessageTemplate build() {
            ConfigurationCheck.check("message template", this);
            // Checked here, before anything is planned: a broken PDF would otherwise fail only at the print house or operator.
            attachments.forEach(Attachment::requireSoundStructure);
            return new MessageTemplate(this);
        }

        // Read by Hibernate Validator as the property "body".
        @AssertTrue(message = "is missing: give a text body, an HTML body or both")
        private boolean hasBody() {
            return (text != null && !text.isBlank()) || (html != null && !html.isBlank());
        }
    }
}
