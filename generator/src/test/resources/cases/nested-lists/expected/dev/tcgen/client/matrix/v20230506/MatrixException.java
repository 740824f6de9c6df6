package dev.tcgen.client.matrix.v20230506;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code matrix} 2023-05-06: raw and typed code, message, RequestId.
 */
public final class MatrixException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public MatrixException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link MatrixErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public MatrixErrorCode errorCode() {
        return MatrixErrorCode.fromCode(code());
    }
}
