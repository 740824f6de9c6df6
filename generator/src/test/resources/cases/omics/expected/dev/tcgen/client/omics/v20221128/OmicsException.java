package dev.tcgen.client.omics.v20221128;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code omics} 2022-11-28: raw and typed code, message, RequestId.
 */
public final class OmicsException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public OmicsException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link OmicsErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public OmicsErrorCode errorCode() {
        return OmicsErrorCode.fromCode(code());
    }
}
