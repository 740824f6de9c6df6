package dev.tcgen.generator.model;

import java.util.List;

/**
 * An API action.
 *
 * @param methodName the client method, e.g. {@code getRunCalls}
 * @param rateLimit requests per second, or null when the spec gives none
 * @param errors the error codes the action documents, in spec order
 */
public record Action(
        String name,
        String methodName,
        String title,
        String description,
        Integer rateLimit,
        boolean regionRequired,
        Shape request,
        Shape response,
        List<ErrorCode> errors,
        List<Example> examples) {

    /** The async client method, e.g. {@code getRunCallsAsync}; never an escaped keyword ({@code defaultAsync}). */
    public String asyncMethodName() {
        return Names.memberName(name + "Async");
    }
}
