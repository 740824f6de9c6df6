package dev.tcgen.runtime;

import java.util.Objects;

/**
 * One action of a service as a client calls it: its name, what it answers with, and whether it needs a region.
 * A generated client keeps one constant per action.
 *
 * @param action the action name sent as {@code X-TC-Action}, e.g. {@code GetRunCalls}
 * @param responseType the record the {@code Response} object binds to
 * @param region whether a call may be sent without a region
 * @param <T> the response type
 */
public record Operation<T>(String action, Class<T> responseType, Region region) {

    /** Whether an action needs {@code X-TC-Region}, as the spec says. */
    public enum Region {
        /** A call without a region fails before it is sent. */
        REQUIRED,
        /** The region is sent when the client has one. */
        OPTIONAL
    }

    public Operation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(region, "region");
    }
}
