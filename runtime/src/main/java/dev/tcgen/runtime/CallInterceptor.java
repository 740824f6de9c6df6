package dev.tcgen.runtime;

import java.time.Duration;

/**
 * Watches the calls of a client, e.g. to record latencies or trace them (set with the client builder's
 * {@code interceptor(...)}). Each method runs on the thread of the attempt, sync and async calls alike, so it
 * should be quick and must be thread-safe. An interceptor sees no credentials, signature or request body.
 *
 * <p>What an interceptor throws: from {@link #beforeSigning} it fails the call (as a {@link TencentCloudSdkException}
 * with it as the cause; not retried, nothing is sent); from {@link #afterAttempt} and {@link #afterCall} it is logged
 * (WARNING, logger {@code dev.tcgen.runtime.wire}) and ignored, so that the caller always gets the call's real outcome.
 */
public interface CallInterceptor {

    /**
     * Before attempt {@code attempt} is signed: may add headers to it (they are signed with the rest).
     *
     * @param attempt the attempt about to be signed
     * @param headers where to add headers to it
     */
    default void beforeSigning(Attempt attempt, Headers headers) {
    }

    /**
     * After each attempt, answered or failed.
     *
     * @param result how the attempt ended
     */
    default void afterAttempt(AttemptResult result) {
    }

    /**
     * After the whole call, once its outcome is final (after the last attempt).
     *
     * @param result how the call ended
     */
    default void afterCall(CallResult result) {
    }

    /** Adds headers to the attempt about to be signed. */
    @FunctionalInterface
    interface Headers {
        /**
         * Adds a header; throws {@link IllegalArgumentException} for one the client sets itself
         * ({@code Authorization}, {@code Host}, {@code Content-Type}, the {@code X-TC-} headers) or an invalid one.
         *
         * @param name the header name
         * @param value the header value
         */
        void add(String name, String value);
    }

    /**
     * An attempt about to be signed.
     *
     * @param service the product name, e.g. {@code omics}
     * @param action the action, e.g. {@code GetRunCalls}
     * @param attempt the attempt number, from 1
     */
    record Attempt(String service, String action, int attempt) {
    }

    /**
     * How one attempt ended.
     *
     * @param service the product name, e.g. {@code omics}
     * @param action the action, e.g. {@code GetRunCalls}
     * @param attempt the attempt number, from 1; an attempt signed again at once because the server's clock differs
     *     from ours keeps its number, so the same number may be reported twice
     * @param status the HTTP status, or -1 when no response arrived
     * @param latency from just before signing to the end of reading the answer (rate-limit waits not included)
     * @param requestId the server's RequestId; null when none arrived
     * @param errorCode the API error code (e.g. {@code RequestLimitExceeded}); null for success or no API answer
     * @param failure what the attempt failed with; null when it succeeded
     */
    record AttemptResult(String service, String action, int attempt, int status, Duration latency, String requestId,
            String errorCode, Throwable failure) {

        /**
         * Whether the attempt got a successful answer.
         *
         * @return true on success
         */
        public boolean succeeded() {
            return failure == null;
        }
    }

    /**
     * How a whole call ended.
     *
     * @param service the product name, e.g. {@code omics}
     * @param action the action, e.g. {@code GetRunCalls}
     * @param attempts how many attempts were made
     * @param latency from the call's start to its outcome, backoffs and rate-limit waits included
     * @param requestId the RequestId of the last answer; null when none arrived
     * @param errorCode the API error code of the last answer; null for success or no API answer
     * @param failure what the call failed with, as the caller sees it; null when it succeeded
     */
    record CallResult(String service, String action, int attempts, Duration latency, String requestId, String errorCode,
            Throwable failure) {

        /**
         * Whether the call succeeded.
         *
         * @return true on success
         */
        public boolean succeeded() {
            return failure == null;
        }
    }
}
