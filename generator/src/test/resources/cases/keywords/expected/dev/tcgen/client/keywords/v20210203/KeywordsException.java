package dev.tcgen.client.keywords.v20210203;

import dev.tcgen.client.core.TencentCloudException;

/**
 * An error answered by {@code keywords} 2021-02-03: raw and typed code, message, RequestId.
 */
public final class KeywordsException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public KeywordsException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }

    /**
     * The code as this service's constant; {@link KeywordsErrorCode#UNKNOWN} for a code the spec does not list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).
     */
    public KeywordsErrorCode errorCode() {
        return KeywordsErrorCode.fromCode(code());
    }
}
