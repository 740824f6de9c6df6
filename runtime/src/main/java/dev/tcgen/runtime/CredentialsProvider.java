package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.StsExchange;
import java.nio.file.Path;
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
     * The environment, the profile file, the OIDC role of a TKE pod (when the {@code TKE_*} variables are set) and
     * the CVM instance role, asked in that order: the first that has credentials wins. The metadata service is
     * probed with a 1 s timeout and, when absent, not asked again for a minute, so that machines off Tencent Cloud
     * are not slowed. When none has credentials, the {@link CredentialsException} says what each one said.
     *
     * @return the chain
     */
    static CredentialsProvider defaultChain() {
        return CredentialsChain.defaults(System::getenv, Path.of(System.getProperty("user.home")),
                StsExchange.DEFAULT_ENDPOINT, InstanceRoleCredentialsProvider.DEFAULT_METADATA_ENDPOINT);
    }
}
