package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.ServerText;

/**
 * An error the Tencent Cloud API answered with ({@code Response.Error}): raw code, message and
 * RequestId. Each service's exception extends this with its own typed code.
 *
 * <p>Whatever the server sent may reach a log: {@link #getMessage()} and {@link #toString()} escape control,
 * line-separator and bidirectional characters ({@code \r}, &#92;u001b…) and cut each server text to
 * {@value ServerText#DEFAULT_LIMIT} characters. {@link #code()}, {@link #rawMessage()} and {@link #requestId()}
 * return the texts exactly as sent: escape them yourself before printing them.
 */
public class TencentCloudException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    /** The action called. */
    private final String action;

    /** The error code as sent. */
    private final String code;

    /** The server's RequestId, or null. */
    private final String requestId;

    /** The server's message as sent. */
    private final String rawMessage;

    /**
     * An error the server answered {@code action} with.
     *
     * @param action the action called, e.g. {@code GetRunCalls}
     * @param code the error code as sent, e.g. {@code AuthFailure.SignatureFailure}
     * @param message the server's message
     * @param requestId the server's RequestId, or null when it sent none
     */
    public TencentCloudException(String action, String code, String message, String requestId) {
        super(message == null ? null : ServerText.printable(message));
        this.rawMessage = message;
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
     * The error code exactly as the server sent it; not escaped, so not for printing as it is.
     *
     * @return the code, as sent
     */
    public String code() {
        return code;
    }

    /**
     * The server's message exactly as sent; {@link #getMessage()} is the printable form of it.
     *
     * @return the message, as sent
     */
    public String rawMessage() {
        return rawMessage;
    }

    /**
     * The server's RequestId, to quote to support, exactly as sent (not escaped); null when it sent none.
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

    /** The class, action, code, message and RequestId on one printable line. */
    @Override
    public String toString() {
        return getClass().getName() + ": " + action + " failed with " + ServerText.printable(code) + ": " + getMessage()
                + " (RequestId " + ServerText.printable(requestId) + ")";
    }
}
