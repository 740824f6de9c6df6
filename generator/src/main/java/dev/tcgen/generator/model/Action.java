package dev.tcgen.generator.model;

import java.util.List;

/**
 * An API action.
 *
 * @param methodName the client method, e.g. {@code getRunCalls}
 * @param asyncMethodName the client method that returns a {@code CompletableFuture}, e.g. {@code getRunCallsAsync};
 *     {@code getRunCallsAsync_} when the service also has an action {@code GetRunCallsAsync}, whose own method
 *     {@code getRunCallsAsync} is (see {@link Names#asyncMethodName})
 * @param rateLimit requests per second, or null when the spec gives none
 * @param errors the error codes the action documents, in spec order
 * @param idempotency whether a call whose outcome is unknown may be sent again, and why
 * @param pagination how the action's answers come in pages, or null when they do not
 */
public record Action(
        String name,
        String methodName,
        String asyncMethodName,
        String title,
        String description,
        Integer rateLimit,
        boolean regionRequired,
        Shape request,
        Shape response,
        List<ErrorCode> errors,
        List<Example> examples,
        Idempotency idempotency,
        Pagination pagination) {}
