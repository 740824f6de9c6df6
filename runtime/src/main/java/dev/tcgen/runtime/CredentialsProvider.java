package dev.tcgen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * Supplies the credentials each request is signed with. Called before every attempt, from any
 * thread, so implementations must be thread-safe; they may return different credentials over time.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * The credentials to sign the next request with; throws {@link CredentialsException} when there are none.
     *
     * @return the credentials
     */
    Credentials credentials();

    /**
     * Always {@code credentials}.
     *
     * @param credentials the credentials
     * @return a provider of them
     */
    static CredentialsProvider of(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return () -> credentials;
    }

    /**
     * {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and optionally {@code TENCENTCLOUD_SESSION_TOKEN}.
     *
     * @return the provider
     */
    static CredentialsProvider environment() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /**
     * Section {@code [default]} of {@code ~/.tencentcloud/credentials}.
     *
     * @return the provider
     */
    static CredentialsProvider profileFile() {
        return ProfileCredentialsProvider.inUserHome();
    }

    /**
     * The environment, then the profile file: the first that has credentials wins.
     *
     * @return the chain
     */
    static CredentialsProvider defaultChain() {
        return new CredentialsChain(List.of(environment(), profileFile()));
    }
}
