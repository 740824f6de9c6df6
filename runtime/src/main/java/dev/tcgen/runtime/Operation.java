package dev.tcgen.runtime;

import java.util.Objects;

/**
 * One action of a service as a client calls it: its name, what it answers with, whether it needs a region and
 * whether it is safe to send again when the outcome of an attempt is unknown. A generated client keeps one
 * constant per action.
 *
 * @param action the action name sent as {@code X-TC-Action}, e.g. {@code GetRunCalls}
 * @param responseType the record the {@code Response} object binds to
 * @param region whether a call may be sent without a region
 * @param idempotent whether repeating the action has the effect of sending it once: read-only by name
 *     ({@code Describe…}, {@code Get…}, …) or declared idempotent in the spec, which overrides the name
 * @param idempotencyToken the wire name of the request's idempotency token (e.g. {@code ClientToken}), which the
 *     client fills once per call when the caller leaves it unset; null when the action has none
 * @param <T> the response type
 */
public record Operation<T>(String action, Class<T> responseType, Region region, boolean idempotent,
        String idempotencyToken) {

    /** Whether an action needs {@code X-TC-Region}, as the spec says. */
    public enum Region {
        /** A call without a region fails before it is sent. */
        REQUIRED,
        /** The region is sent when the client has one. */
        OPTIONAL
    }

    /**
     * Checks that the action and the response type are given.
     *
     * @param action the action name, e.g. {@code GetRunCalls}
     * @param responseType the record the response reads into
     * @param region whether the action needs a region
     * @param idempotent whether repeating the action is harmless
     * @param idempotencyToken the wire name of the idempotency token, or null
     */
    public Operation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(region, "region");
    }

    /**
     * Whether an attempt whose outcome is unknown (sent, then a timeout, a reset or a 5xx) may be sent again.
     *
     * @return true when a repeat cannot do harm
     */
    public boolean safeToRepeat() {
        return idempotent || idempotencyToken != null;
    }
}
