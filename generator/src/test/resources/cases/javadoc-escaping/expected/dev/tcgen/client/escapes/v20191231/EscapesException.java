package dev.tcgen.client.escapes.v20191231;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code escapes} 2019-12-31: raw and typed code, message, RequestId.
 */
public final class EscapesException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public EscapesException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link EscapesErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public EscapesErrorCode errorCode() {
        return EscapesErrorCode.fromCode(code());
    }
}
