package dev.tcgen.runtime;

import java.util.Optional;

/**
 * Tencent Cloud API credentials; immutable and thread-safe.
 *
 * <p>{@link #toString()} never shows the secret key or the token.
 */
public final class Credentials {
    private final String secretId;

    private final String secretKey;

    private final String token;

    private Credentials(String secretId, String secretKey, String token) {
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.token = token;
    }

    /**
     * Permanent credentials; throws {@link IllegalArgumentException} when either is null or blank.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @return the credentials
     */
    public static Credentials of(String secretId, String secretKey) {
        return of(secretId, secretKey, null);
    }

    /**
     * Temporary (STS) credentials when {@code token} is neither null nor blank, permanent ones otherwise.
     * Throws {@link IllegalArgumentException} when the id or the key is null or blank.
     *
     * @param secretId the SecretId
     * @param secretKey the SecretKey
     * @param token the session token, or null
     * @return the credentials
     */
    public static Credentials of(String secretId, String secretKey, String token) {
        return new Credentials(required(secretId, "secretId"), required(secretKey, "secretKey"),
                token == null || token.isBlank() ? null : token.strip());
    }

    /**
     * The SecretId, which names the key; not secret, but still kept out of messages here.
     *
     * @return the SecretId
     */
    public String secretId() {
        return secretId;
    }

    /**
     * The secret key; keep it out of logs and messages.
     *
     * @return the SecretKey
     */
    public String secretKey() {
        return secretKey;
    }

    /**
     * The session token of temporary credentials, sent as {@code X-TC-Token}.
     *
     * @return the token; empty for permanent credentials
     */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    @Override
    public String toString() {
        return "Credentials[secretId=" + secretId + ", secretKey=<hidden>" + (token == null ? "" : ", token=<hidden>") + "]";
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank");
        }
        return value.strip();
    }
}
