package dev.tcgen.runtime.testing;

import dev.tcgen.runtime.TencentCloudException;

/** An error answered by {@code ping} 2020-01-01, as a generated service's exception is made. */
public final class PingException extends TencentCloudException {
    private static final long serialVersionUID = 1L;

    public PingException(String action, String code, String message, String requestId) {
        super(action, code, message, requestId);
    }
}
