package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.ExpiringCredentials;
import dev.tcgen.runtime.internal.ProxyChoice;
import dev.tcgen.runtime.internal.RefreshingCredentials;
import dev.tcgen.runtime.internal.StsExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The temporary credentials of a CAM role that a TKE pod assumes with its OIDC token: STS {@code
 * AssumeRoleWithWebIdentity}, sent with {@code Authorization: SKIP} and no {@code X-TC-Token}, with what the
 * environment variables {@link #REGION TKE_REGION}, {@link #PROVIDER_ID TKE_PROVIDER_ID}, {@link #TOKEN_FILE
 * TKE_WEB_IDENTITY_TOKEN_FILE} (a file holding the token, read again for every fetch since TKE rotates it) and
 * {@link #ROLE_ARN TKE_ROLE_ARN} say. Cached and fetched again a few minutes before they expire, by one thread at a
 * time; id, key and token always come from one answer. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider pod = OidcRoleCredentialsProvider.builder().build();
 * }</pre>
 *
 * <p>{@link #credentials()} throws a {@link CredentialsException} that says what failed: which variables are
 * unset, the token file, or STS's code, message and RequestId.
 */
public final class OidcRoleCredentialsProvider implements CredentialsProvider {

    /** The region sent to STS. */
    public static final String REGION = "TKE_REGION";

    /** The identity provider's name in CAM. */
    public static final String PROVIDER_ID = "TKE_PROVIDER_ID";

    /** The file that holds the pod's OIDC token. */
    public static final String TOKEN_FILE = "TKE_WEB_IDENTITY_TOKEN_FILE";

    /** The role to assume, e.g. {@code qcs::cam::uin/100000000001:roleName/pod-role}. */
    public static final String ROLE_ARN = "TKE_ROLE_ARN";

    private static final String ACTION = "AssumeRoleWithWebIdentity";

    private final Function<String, String> environment;

    private final String roleSessionName;

    private final Duration duration;

    private final Clock clock;

    private final StsExchange sts;

    private final RefreshingCredentials cache;

    private OidcRoleCredentialsProvider(Builder builder) {
        this.environment = builder.environment;
        this.roleSessionName = builder.roleSessionName;
        this.duration = builder.duration;
        this.clock = builder.clock;
        this.sts = new StsExchange(builder.stsEndpoint, builder.clock, Duration.ofSeconds(10),
                ProxyChoice.automatic(builder.environment, System::getProperty).selector());
        this.cache = new RefreshingCredentials("the OIDC role", this::fetch, builder.clock);
    }

    /**
     * A builder with the defaults: this process's environment, STS at {@code https://sts.tencentcloudapi.com}, 2 hours.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The role's current credentials; see the class comment for failures. */
    @Override
    public Credentials credentials() {
        return cache.credentials();
    }

    private ExpiringCredentials fetch() {
        List<String> unset = new ArrayList<>();
        String region = value(REGION, unset);
        String providerId = value(PROVIDER_ID, unset);
        String tokenFile = value(TOKEN_FILE, unset);
        String roleArn = value(ROLE_ARN, unset);
        if (!unset.isEmpty()) {
            throw new CredentialsException("no OIDC role: the environment variables " + String.join(", ", unset)
                    + (unset.size() == 1 ? " is" : " are") + " not set (TKE sets " + REGION + ", " + PROVIDER_ID + ", "
                    + TOKEN_FILE + " and " + ROLE_ARN + " in pods with a role)");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("ProviderId", providerId);
        parameters.put("WebIdentityToken", webIdentityToken(Path.of(tokenFile)));
        parameters.put("RoleArn", roleArn);
        parameters.put("RoleSessionName", roleSessionName != null ? roleSessionName : "tcgen-" + clock.instant().getEpochSecond());
        parameters.put("DurationSeconds", duration.toSeconds());
        return sts.call(ACTION, region, parameters, Set.of("WebIdentityToken"), null);
    }

    private String value(String variable, List<String> unset) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            unset.add(variable);
            return null;
        }
        return value.strip();
    }

    private static String webIdentityToken(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CredentialsException("cannot read the OIDC token file " + file + " named by " + TOKEN_FILE
                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
        if (token.isEmpty()) {
            throw new CredentialsException("the OIDC token file " + file + " named by " + TOKEN_FILE + " is empty");
        }
        return token;
    }

    /** Names the STS endpoint only. */
    @Override
    public String toString() {
        return "OidcRoleCredentialsProvider[" + sts.endpoint() + "]";
    }

    /** Configures an {@link OidcRoleCredentialsProvider}; not thread-safe. */
    public static final class Builder {
        private Function<String, String> environment = System::getenv;
        private URI stsEndpoint = StsExchange.DEFAULT_ENDPOINT;
        private String roleSessionName;
        private Duration duration = Duration.ofHours(2);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Where the {@code TKE_*} variables (and {@code HTTPS_PROXY}, {@code NO_PROXY}) are looked up: name to value,
         * null when unset (default {@code System::getenv}).
         *
         * @param environment variable name to value, null when unset
         * @return this builder
         */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * Where STS is (default {@code https://sts.tencentcloudapi.com}).
         *
         * @param stsEndpoint an http or https URL
         * @return this builder
         */
        public Builder stsEndpoint(URI stsEndpoint) {
            this.stsEndpoint = Objects.requireNonNull(stsEndpoint, "stsEndpoint");
            return this;
        }

        /**
         * The session name CAM records (default {@code tcgen-} and the Unix time of each fetch); 2 to 128 of {@code [\w+=,.@-]}.
         *
         * @param roleSessionName the session name
         * @return this builder
         */
        public Builder roleSessionName(String roleSessionName) {
            this.roleSessionName = AssumeRoleCredentialsProvider.sessionName(roleSessionName);
            return this;
        }

        /**
         * How long each set is valid (default 2 hours, at most 12); whole seconds.
         *
         * @param duration the validity, whole seconds
         * @return this builder
         */
        public Builder duration(Duration duration) {
            this.duration = AssumeRoleCredentialsProvider.validDuration(duration);
            return this;
        }

        /**
         * The source of request timestamps, which also decides when credentials are due; meant for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The provider; asks nothing yet (the variables are read on each fetch). Throws {@link
         * IllegalArgumentException} for an STS endpoint that is not http(s).
         *
         * @return the provider
         */
        public OidcRoleCredentialsProvider build() {
            return new OidcRoleCredentialsProvider(this);
        }
    }
}
