package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.InstanceMetadata;
import dev.tcgen.runtime.internal.RefreshingCredentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The temporary credentials of the CAM role bound to the CVM instance this runs on, from the instance's metadata
 * service. Cached and fetched again a few minutes before they expire, by one thread at a time; id, key and token
 * always come from one answer. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider role = InstanceRoleCredentialsProvider.builder().build();
 * }</pre>
 *
 * <p>When it has none, {@link #credentials()} throws a {@link CredentialsException} that says why: no metadata
 * service (not on CVM), no role bound to the instance, or what the service answered.
 */
public final class InstanceRoleCredentialsProvider implements CredentialsProvider {

    /** The metadata service's credentials folder on every CVM instance. */
    public static final URI DEFAULT_METADATA_ENDPOINT =
            URI.create("http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/");

    private final InstanceMetadata metadata;

    private final RefreshingCredentials cache;

    private InstanceRoleCredentialsProvider(Builder builder) {
        this.metadata = new InstanceMetadata(builder.metadataEndpoint, builder.roleName, builder.clock,
                builder.timeout, builder.absenceMemory);
        this.cache = new RefreshingCredentials("the CVM instance role", metadata::fetch, builder.clock);
    }

    /**
     * A builder with the defaults: the real metadata service, the role it names, 1 s timeouts.
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

    /** Names the endpoint and role only. */
    @Override
    public String toString() {
        return "InstanceRoleCredentialsProvider[" + metadata.endpoint() + "]";
    }

    /** Configures an {@link InstanceRoleCredentialsProvider}; not thread-safe. */
    public static final class Builder {
        private URI metadataEndpoint = DEFAULT_METADATA_ENDPOINT;
        private String roleName;
        private Duration timeout = Duration.ofSeconds(1);
        private Duration absenceMemory = Duration.ofMinutes(1);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The metadata service's credentials folder (default {@link #DEFAULT_METADATA_ENDPOINT}).
         *
         * @param metadataEndpoint an http URL ending in the credentials folder
         * @return this builder
         */
        public Builder metadataEndpoint(URI metadataEndpoint) {
            this.metadataEndpoint = Objects.requireNonNull(metadataEndpoint, "metadataEndpoint");
            return this;
        }

        /**
         * The CAM role to ask for; null (the default) asks the metadata service which role the instance has.
         *
         * @param roleName the role, or null to ask the metadata service
         * @return this builder
         */
        public Builder roleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        /**
         * The longest wait for a connection to the metadata service, and again for its answer (default 1 s, which
         * the service, on the instance's own network, never needs).
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * After the metadata service could not be reached, how long to fail at once without asking again
         * (default 1 minute), so that a machine off Tencent Cloud is not slowed on every call; zero to always ask.
         *
         * @param absenceMemory how long to remember the absence, not negative
         * @return this builder
         */
        public Builder absenceMemory(Duration absenceMemory) {
            Objects.requireNonNull(absenceMemory, "absenceMemory");
            if (absenceMemory.isNegative()) {
                throw new IllegalArgumentException("absenceMemory must not be negative, not " + absenceMemory);
            }
            this.absenceMemory = absenceMemory;
            return this;
        }

        /**
         * Decides when credentials are due (default the system clock); meant for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The provider; asks nothing yet. Throws {@link IllegalArgumentException} for an endpoint that is not http(s).
         *
         * @return the provider
         */
        public InstanceRoleCredentialsProvider build() {
            return new InstanceRoleCredentialsProvider(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + duration);
            }
            return duration;
        }
    }
}
