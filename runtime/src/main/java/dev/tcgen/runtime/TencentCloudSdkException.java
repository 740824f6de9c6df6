package dev.tcgen.runtime;

/**
 * The root of every exception a tcgen client throws, so that one {@code catch} covers them all: API errors
 * ({@link TencentCloudException}), failures to get an answer ({@link TencentCloudTransportException}), missing
 * or unobtainable credentials ({@link CredentialsException}) and a client set up so that a call cannot be made
 * ({@link ClientConfigurationException}). Unchecked. Messages never hold a secret.
 */
public class TencentCloudSdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure that says what happened.
     *
     * @param message what happened
     */
    public TencentCloudSdkException(String message) {
        super(message);
    }

    /**
     * A failure that says what happened, for a reason underneath.
     *
     * @param message what happened
     * @param cause the reason underneath
     */
    public TencentCloudSdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
