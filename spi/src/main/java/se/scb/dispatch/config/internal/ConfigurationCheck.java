package se.scb.dispatch.config.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.scb.dispatch.config.InvalidConfigurationException;

/**
 * Checks a configuration object against its Jakarta Validation annotations and turns every
 * violation into a sentence such as {@code "subject must not be blank."}.
 *
 * <p>Messages are interpolated without Jakarta EL ({@link ParameterMessageInterpolator}: only
 * {@code {min}}-style parameters) and always in English, whatever the JVM's locale, so that every
 * message of the SDK reads in one language.
 */
public final class ConfigurationCheck {

    // A Validator is thread-safe and costly to build (it reflects over every checked class once).
    private static final Validator VALIDATOR = buildValidator();

    private ConfigurationCheck() {
    }

    /**
     * Returns {@code object} when it has no violations.
     *
     * @throws InvalidConfigurationException listing every violation, named after the object's class
     */
    public static <T> T check(T object) {
        return check(describe(object.getClass()), object);
    }

    /**
     * As {@link #check(Object)}, with a description of the object for the message.
     *
     * @param what e.g. {@code "message template"}, giving the message {@code "Invalid message template: ..."}
     */
    public static <T> T check(String what, T object) {
        List<String> problems = problems(object);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(what, problems);
        }
        return object;
    }

    /** Every violation of {@code object} as a sentence {@code "<path> <message>."}, sorted; empty when valid. */
    public static List<String> problems(Object object) {
        Objects.requireNonNull(object, "object to check");
        return VALIDATOR.validate(object).stream()
                .map(ConfigurationCheck::sentence)
                .distinct()
                .sorted()
                .toList();
    }

    private static String sentence(ConstraintViolation<?> violation) {
        String path = readablePath(violation.getPropertyPath());
        String message = violation.getMessage();
        String sentence = path.isEmpty() ? capitalise(message) : path + " " + message;
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    /**
     * The property path as a user would write it: {@code attachments[0]} or {@code sender.name},
     * without the {@code <list element>}-style names Hibernate Validator gives container elements.
     */
    static String readablePath(Path path) {
        StringBuilder readable = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                readable.append('[').append(iterableKey(node)).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (readable.length() > 0) {
                    readable.append('.');
                }
                readable.append(name);
            }
        }
        return readable.toString();
    }

    private static String iterableKey(Path.Node node) {
        if (node.getIndex() != null) {
            return node.getIndex().toString();
        }
        return node.getKey() == null ? "" : node.getKey().toString();
    }

    private static String capitalise(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static String describe(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : describe(enclosing) + "." + type.getSimpleName();
    }

    private static Validator buildValidator() {
        ParameterMessageInterpolator englishOnly = new ParameterMessageInterpolator(
                Set.of(Locale.ENGLISH), Locale.ENGLISH, context -> Locale.ENGLISH, false);
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(englishOnly)
                .buildValidatorFactory();
        return factory.getValidator();
    }
}
