package se.scb.dispatch.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The PostgreSQL server the tests that need one run on: the JDBC URL in the environment variable
 * {@value #URL_VARIABLE}, by default {@value #DEFAULT_URL}. Whether it can be reached is asked once per
 * test run, so a missing server costs one connection timeout, not one per test.
 */
public final class PostgresTestServer {

    public static final String URL_VARIABLE = "DISPATCH_TEST_POSTGRES_URL";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final int LOGIN_TIMEOUT_SECONDS = 3;

    private static Optional<String> unreachable;

    private PostgresTestServer() {
    }

    /** The server's JDBC URL with its parameters (user, password …). */
    public static String url() {
        String configured = System.getenv(URL_VARIABLE);
        return configured == null || configured.isBlank() ? DEFAULT_URL : configured.trim();
    }

    /** The server's URL with further parameters, such as {@code currentSchema=t_1}. */
    public static String url(String... parameters) {
        return withParameters(url(), parameters);
    }

    /** The URL as messages show it: without parameters, which may hold a password. */
    public static String shownUrl() {
        return withoutParameters(url());
    }

    /** A new connection to the server; the caller closes it. */
    public static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return DriverManager.getConnection(url());
    }

    /** Why the server cannot be reached, or empty when it can. */
    public static synchronized Optional<String> whyUnreachable() {
        if (unreachable == null) {
            unreachable = probe();
        }
        return unreachable;
    }

    /** True on CI (the variable {@code CI} set and not {@code false}), where PostgreSQL tests must run. */
    public static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    private static Optional<String> probe() {
        try (Connection connection = connect()) {
            connection.isValid(LOGIN_TIMEOUT_SECONDS);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL not reachable at " + shownUrl() + " (" + firstSentence(e.getMessage()) + ")");
        }
    }

    static String withParameters(String url, String... parameters) {
        if (parameters.length == 0) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + String.join("&", Arrays.asList(parameters));
    }

    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    // The driver's messages go on with advice about pg_hba.conf and postmasters; the first sentence says what happened.
    private static String firstSentence(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf(". ");
        return end < 0 ? message : message.substring(0, end);
    }
}
