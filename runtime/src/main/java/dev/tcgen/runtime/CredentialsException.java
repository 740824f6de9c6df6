package dev.tcgen.runtime;

/**
 * No credentials are available, or a provider could not get them (no metadata service, no role, an STS error);
 * thrown before any request is sent. The message says what failed and never holds a secret.
 */
public final class CredentialsException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
