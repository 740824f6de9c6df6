package dev.tcgen.runtime;

/**
 * No credentials are available; thrown before any request is sent. The message never holds a secret.
 */
public final class CredentialsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }
}
