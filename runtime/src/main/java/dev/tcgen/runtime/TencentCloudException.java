package dev.tcgen.runtime;

/**
 * An error the Tencent Cloud API answered with ({@code Response.Error}): raw code, message and
 * RequestId. Each service's exception extends this with its own typed code.
 */
public class TencentCloudException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    /** The action called. */
    private final String action;

    /** The error code as sent. */
    private final String code;

    /** The RequestId, or null. */
    private final String requestId;

    /**
     * @param action the action called, e.g. {@code GetRunCalls}
     * @param code the error code as sent, e.g. {@code AuthFailure.SignatureFailure}
     * @param message the server's message
     * @param requestId the server's RequestId, or null when it sent none
     */
    public TencentCloudException(String action, String code, String message, String requestId) {
        super(message);
        this.action = action;
        this.code = code;
        this.requestId = requestId;
    }

    /**
     * The action called, e.g. {@code GetRunCalls}.
     *
     * @return the action
     */
    public String action() {
        return action;
    }

    /**
     * The error code exactly as the server sent it.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The server's RequestId, to quote to support; null when it sent none.
     *
     * @return the RequestId, or null
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The code as a common error code; {@code UNKNOWN} when it is service-specific.
     *
     * @return the common error code
     */
    public CommonErrorCode commonErrorCode() {
        return CommonErrorCode.fromCode(code);
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + action + " failed with " + code + ": " + getMessage() + " (RequestId " + requestId + ")";
    }
}
