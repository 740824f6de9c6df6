package dev.tcgen.runtime;

/**
 * What a failed attempt says about the request: whether the server certainly did not carry it out, may have, or
 * answered in a way another attempt will not change. The default retry policy retries the first always, the
 * second only for actions safe to repeat, the third never. The lists are written down in docs/reliability.md.
 */
enum FailureOutcome {
    /**
     * Not carried out, and another attempt may succeed: the request never left the client (no connection, unresolved
     * host, connect timeout, TLS handshake failed), or the server refused it as too many ({@code RequestLimitExceeded}
     * and its sub-codes, HTTP 429).
     */
    NOT_CARRIED_OUT,

    /**
     * Sent, outcome unknown, and another attempt may succeed: a timeout or a broken connection after sending,
     * HTTP 500, 502, 503 or 504, and the API codes {@code InternalError} (and its sub-codes) and
     * {@code ServiceUnavailable}, which say the server failed on its side, not whether it had done the work.
     */
    OUTCOME_UNKNOWN,

    /** Another attempt would get the same answer: every other API error and transport failure. */
    FINAL;

    private static final String THROTTLED = "RequestLimitExceeded";

    private static final String INTERNAL_ERROR = "InternalError";

    /** The outcome {@code failure} stands for. */
    static FailureOutcome of(Throwable failure) {
        if (failure instanceof TencentCloudException api) {
            return ofCode(api.code());
        }
        if (failure instanceof TencentCloudTransportException transport) {
            return ofTransport(transport);
        }
        return FINAL;
    }

    private static FailureOutcome ofCode(String code) {
        if (code == null) {
            return FINAL;
        }
        if (isThrottling(code)) {
            return NOT_CARRIED_OUT;
        }
        if (code.equals(INTERNAL_ERROR) || code.startsWith(INTERNAL_ERROR + ".") || code.equals("ServiceUnavailable")) {
            return OUTCOME_UNKNOWN;
        }
        return FINAL;
    }

    private static FailureOutcome ofTransport(TencentCloudTransportException transport) {
        return switch (transport.kind()) {
            case CONNECTION, TIMEOUT -> transport.requestSent() ? OUTCOME_UNKNOWN : NOT_CARRIED_OUT;
            case HTTP_STATUS -> ofStatus(transport.statusCode().orElse(0));
            default -> FINAL;
        };
    }

    private static FailureOutcome ofStatus(int status) {
        if (status == 429) {
            return NOT_CARRIED_OUT;
        }
        return status == 500 || status == 502 || status == 503 || status == 504 ? OUTCOME_UNKNOWN : FINAL;
    }

    /** Whether {@code code} is {@code RequestLimitExceeded} or one of its sub-codes. */
    static boolean isThrottling(String code) {
        return code.startsWith(THROTTLED) && (code.length() == THROTTLED.length() || code.charAt(THROTTLED.length()) == '.');
    }
}
