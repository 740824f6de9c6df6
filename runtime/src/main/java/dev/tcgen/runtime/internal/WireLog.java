package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.CallInterceptor;
import dev.tcgen.runtime.ServiceClient;
import java.lang.System.Logger.Level;
import java.util.Set;

/**
 * Wire logging through {@link System.Logger} (so SLF4J, Log4j or JUL users get it through their usual bridge),
 * logger {@code dev.tcgen.runtime.wire} (its package renamed in embedded copies). DEBUG: one line per attempt with
 * action, attempt, HTTP status, RequestId, error code and latency. TRACE: the request and response bodies, secrets
 * masked ({@link BodyMask}). Never logged: headers (so no {@code Authorization} or {@code X-TC-Token}), keys,
 * signatures.
 */
final class WireLog {
    static final String LOGGER_NAME = ServiceClient.class.getPackageName() + ".wire";

    private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

    private final BodyMask mask;

    WireLog(Set<String> sensitiveFields) {
        this.mask = new BodyMask(sensitiveFields);
    }

    boolean debugEnabled() {
        return LOG.isLoggable(Level.DEBUG);
    }

    /** TRACE: the body attempt {@code attempt} sends. */
    void request(String action, int attempt, byte[] body) {
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(Level.TRACE, action + " attempt " + attempt + " request: " + mask.masked(body));
        }
    }

    /** TRACE: the body attempt {@code attempt} got. */
    void response(String action, int attempt, int status, byte[] body) {
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(Level.TRACE, action + " attempt " + attempt + " response (HTTP " + status + "): " + mask.masked(body));
        }
    }

    /** DEBUG: the line of one attempt. */
    void attempt(CallInterceptor.AttemptResult result) {
        StringBuilder line = new StringBuilder(120).append(result.action()).append(" attempt ").append(result.attempt())
                .append(": ");
        if (result.status() < 0) {
            line.append("no response");
        } else {
            line.append("HTTP ").append(result.status());
        }
        // The RequestId and code are the server's text: escaped and bounded, so that an answer cannot forge log lines.
        line.append(", RequestId ").append(result.requestId() == null ? "-" : ServerText.printable(result.requestId()))
                .append(", error ").append(result.errorCode() == null ? "-" : ServerText.printable(result.errorCode()))
                .append(", ").append(result.latency().toMillis()).append(" ms");
        if (result.failure() != null && result.errorCode() == null) {
            line.append(" (").append(result.failure().getMessage()).append(')');
        }
        LOG.log(Level.DEBUG, line.toString());
    }

    /** WARNING: an interceptor failed after an attempt or a call; the call goes on. */
    void interceptorFailed(CallInterceptor interceptor, String hook, String action, RuntimeException failure) {
        LOG.log(Level.WARNING, "the interceptor " + interceptor.getClass().getName() + " failed in " + hook + " of "
                + action + " (" + failure.getClass().getName() + "); ignored", failure);
    }
}
