package dev.tcgen.client.everytype.v20240102;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code everytype} 2024-01-02: raw and typed code, message, RequestId.
 */
public final class EverytypeException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public EverytypeException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link EverytypeErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public EverytypeErrorCode errorCode() {
        return EverytypeErrorCode.fromCode(code());
    }
}
