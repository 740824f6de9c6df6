package dev.tcgen.client.beta.v20230202;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code beta} 2023-02-02: raw and typed code, message, RequestId.
 */
public final class BetaException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public BetaException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link BetaErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public BetaErrorCode errorCode() {
        return BetaErrorCode.fromCode(code());
    }
}
