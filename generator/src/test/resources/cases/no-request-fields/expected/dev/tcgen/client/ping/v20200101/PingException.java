package dev.tcgen.client.ping.v20200101;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code ping} 2020-01-01: raw and typed code, message, RequestId.
 */
public final class PingException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public PingException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link PingErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public PingErrorCode errorCode() {
        return PingErrorCode.fromCode(code());
    }
}
