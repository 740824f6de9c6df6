package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.ExpiringCredentials;
import dev.tcgen.runtime.internal.ProxyChoice;
import dev.tcgen.runtime.internal.RefreshingCredentials;
import dev.tcgen.runtime.internal.StsExchange;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The temporary credentials of a CAM role, assumed through STS {@code AssumeRole}, signed with the credentials of
 * another provider (keys, an instance role, ...). Cached and fetched again a few minutes before they expire, by one
 * thread at a time; id, key and token always come from one answer. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider role = AssumeRoleCredentialsProvider.builder()
 *     .roleArn("qcs::cam::uin/100000000001:roleName/deployer")
 *     .source(CredentialsProvider.environment())
 *     .build();
 * }</pre>
 *
 * <p>{@link #credentials()} throws a {@link CredentialsException} that says what failed: the source's own
 * failure, or STS's code, message and RequestId.
 */
public final class AssumeRoleCredentialsProvider implements CredentialsProvider {

    private static final String ACTION = "AssumeRole";

    private static final Duration LONGEST = Duration.ofHours(12);

    private final String roleArn;

    private final String roleSessionName;

    private final Duration duration;

    private final String policy;

    private final String externalId;

    private final String region;

    private final CredentialsProvider source;

    private final Clock clock;

    private final StsExchange sts;

    private final RefreshingCredentials cache;

    private AssumeRoleCredentialsProvider(Builder builder) {
        this.roleArn = builder.roleArn;
        this.roleSessionName = builder.roleSessionName;
        this.duration = builder.duration;
        this.policy = builder.policy;
        this.externalId = builder.externalId;
        this.region = builder.region;
        this.source = builder.source != null ? builder.source : CredentialsProvider.defaultChain();
        this.clock = builder.clock;
        this.sts = new StsExchange(builder.stsEndpoint, builder.clock, Duration.ofSeconds(10),
                ProxyChoice.automatic(System::getenv, System::getProperty).selector());
        this.cache = new RefreshingCredentials("the role " + roleArn, this::fetch, builder.clock);
    }

    /**
     * A builder; {@link Builder#roleArn(String)} is required.
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
        Credentials signWith = source.credentials();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("RoleArn", roleArn);
        parameters.put("RoleSessionName", roleSessionName != null ? roleSessionName : "tcgen-" + clock.instant().getEpochSecond());
        parameters.put("DurationSeconds", duration.toSeconds());
        if (policy != null) {
            // STS URL-decodes the policy it is given.
            parameters.put("Policy", URLEncoder.encode(policy, StandardCharsets.UTF_8));
        }
        if (externalId != null) {
            parameters.put("ExternalId", externalId);
        }
        return sts.call(ACTION, region, parameters, Set.of(), signWith);
    }

    /** Names the role and the STS endpoint only. */
    @Override
    public String toString() {
        return "AssumeRoleCredentialsProvider[" + roleArn + " at " + sts.endpoint() + "]";
    }

    static String sessionName(String name) {
        Objects.requireNonNull(name, "roleSessionName");
        if (!name.matches("[\\w+=,.@-]{2,128}")) {
            throw new IllegalArgumentException("roleSessionName must be 2 to 128 letters, digits or +=,.@_- characters");
        }
        return name;
    }

    static Duration validDuration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.toSeconds() < 1 || duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("duration must be between 1 second and 12 hours, not " + duration);
        }
        return duration;
    }

    /** Configures an {@link AssumeRoleCredentialsProvider}; not thread-safe. */
    public static final class Builder {
        private String roleArn;
        private String roleSessionName;
        private Duration duration = Duration.ofHours(2);
        private String policy;
        private String externalId;
        private String region;
        private CredentialsProvider source;
        private URI stsEndpoint = StsExchange.DEFAULT_ENDPOINT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The role to assume, e.g. {@code qcs::cam::uin/100000000001:roleName/deployer}; required.
         *
         * @param roleArn the role's ARN, not blank
         * @return this builder
         */
        public Builder roleArn(String roleArn) {
            Objects.requireNonNull(roleArn, "roleArn");
            if (roleArn.isBlank()) {
                throw new IllegalArgumentException("roleArn must not be blank");
            }
            this.roleArn = roleArn.strip();
            return this;
        }

        /**
         * The session name CAM records (default {@code tcgen-} and the Unix time of each fetch); 2 to 128 of {@code [\w+=,.@-]}.
         *
         * @param roleSessionName the session name
         * @return this builder
         */
        public Builder roleSessionName(String roleSessionName) {
            this.roleSessionName = sessionName(roleSessionName);
            return this;
        }

        /**
         * How long each set is valid (default 2 hours, at most 12); whole seconds.
         *
         * @param duration the validity, whole seconds
         * @return this builder
         */
        public Builder duration(Duration duration) {
            this.duration = validDuration(duration);
            return this;
        }

        /**
         * A CAM policy (JSON, as written) that narrows what the credentials may do; null for the role's own.
         *
         * @param policy the policy JSON, or null
         * @return this builder
         */
        public Builder policy(String policy) {
            this.policy = policy == null || policy.isBlank() ? null : policy;
            return this;
        }

        /**
         * The role's external ID, when its trust policy asks for one; null for none.
         *
         * @param externalId the external ID, or null
         * @return this builder
         */
        public Builder externalId(String externalId) {
            this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
            return this;
        }

        /**
         * Sent to STS as {@code X-TC-Region}, e.g. {@code ap-guangzhou}; null (the default) for none.
         *
         * @param region the region, or null
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region == null || region.isBlank() ? null : region.strip();
            return this;
        }

        /**
         * Whose credentials sign {@code AssumeRole} (default {@link CredentialsProvider#defaultChain()}).
         *
         * @param source the provider of the credentials that sign the exchange
         * @return this builder
         */
        public Builder source(CredentialsProvider source) {
            this.source = Objects.requireNonNull(source, "source");
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
         * The provider; asks nothing yet. Throws {@link IllegalStateException} without a role, {@link
         * IllegalArgumentException} for an STS endpoint that is not http(s).
         *
         * @return the provider
         */
        public AssumeRoleCredentialsProvider build() {
            if (roleArn == null) {
                throw new IllegalStateException("roleArn(...) is required: the role to assume");
            }
            return new AssumeRoleCredentialsProvider(this);
        }
    }
}
