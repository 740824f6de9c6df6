package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.Credentials;
import java.time.Instant;
import java.util.Objects;

/**
 * One set of temporary credentials (id, key and token together) and the moment it stops being valid.
 *
 * @param credentials the set, never split: id, key and token always come from one answer
 * @param expiry when the service said the set expires
 */
public record ExpiringCredentials(Credentials credentials, Instant expiry) {

    /**
     * Throws {@link NullPointerException} for a null part.
     *
     * @param credentials the set, never split: id, key and token always come from one answer
     * @param expiry when the service said the set expires
     */
    public ExpiringCredentials {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(expiry, "expiry");
    }

    /** Names the secret id and the expiry only. */
    @Override
    public String toString() {
        return "ExpiringCredentials[" + credentials.secretId() + " until " + expiry + "]";
    }
}
