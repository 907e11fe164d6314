package se.scb.dispatch.testkit.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider that keeps every log event for tests to inspect through {@link CapturedLogs},
 * and still prints INFO and above to {@code System.err}.
 *
 * <p>Deliberately not registered in {@code META-INF/services}: on a test class path that already
 * has a logger it would make SLF4J choose between two providers. Select it explicitly with the
 * system property {@code slf4j.provider=se.scb.dispatch.testkit.logging.CapturingLoggerProvider},
 * e.g. in surefire's {@code systemPropertyVariables}.
 */
public final class CapturingLoggerProvider implements SLF4JServiceProvider {

    /** The value to give the {@code slf4j.provider} system property. */
    public static final String NAME = CapturingLoggerProvider.class.getName();

    private volatile ILoggerFactory loggerFactory;
    private volatile IMarkerFactory markerFactory;
    private volatile MDCAdapter mdcAdapter;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        loggerFactory = new CapturingLoggerFactory();
        markerFactory = new BasicMarkerFactory();
        mdcAdapter = new BasicMDCAdapter();
    }

    /** One logger per name, as SLF4J expects. */
    static final class CapturingLoggerFactory implements ILoggerFactory {

        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, CapturingLogger::new);
        }
    }
}
