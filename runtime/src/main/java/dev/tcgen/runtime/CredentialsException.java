package dev.tcgen.runtime;

/**
 * No credentials are available, or a provider could not get them (no metadata service, no role, an STS error);
 * thrown before any request is sent. The message says what failed and never holds a secret.
 */
public final class CredentialsException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * No usable credentials.
     *
     * @param message where they were looked for
     */
    public CredentialsException(String message) {
        super(message);
    }

    /**
     * No usable credentials, for a reason underneath.
     *
     * @param message where they were looked for
     * @param cause what went wrong there
     */
    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
