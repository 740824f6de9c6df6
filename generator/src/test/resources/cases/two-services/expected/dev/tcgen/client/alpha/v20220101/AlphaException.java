package dev.tcgen.client.alpha.v20220101;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code alpha} 2022-01-01: raw and typed code, message, RequestId.
 */
public final class AlphaException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public AlphaException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link AlphaErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public AlphaErrorCode errorCode() {
        return AlphaErrorCode.fromCode(code());
    }
}
