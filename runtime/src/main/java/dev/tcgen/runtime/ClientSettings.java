package dev.tcgen.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one client of one service version is set up: where calls go, with which credentials and region, how long
 * they may take, how failures are retried and whether rate limits are kept. Immutable; made by {@link Builder},
 * which every generated client's {@code builder()} returns.
 */
public final class ClientSettings {

    /** The longest response body read unless configured otherwise: 10 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

    private final ServiceDescription service;
    private final URI endpoint;
    private final CredentialsProvider credentials;
    private final String region;
    private final String language;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final boolean rateLimit;
    private final HttpClient httpClient;
    private final Clock clock;
    private final int maxResponseBytes;

    private ClientSettings(Builder<?> builder) {
        this.service = builder.service;
        this.endpoint = builder.endpoint;
        this.credentials = builder.credentials;
        this.region = builder.region;
        this.language = builder.language;
        this.connectTimeout = positive(builder.connectTimeout, "connectTimeout");
        this.readTimeout = positive(builder.readTimeout, "readTimeout");
        this.retryPolicy = builder.retryPolicy;
        this.rateLimit = builder.rateLimit;
        this.httpClient = builder.httpClient;
        this.clock = builder.clock;
        this.maxResponseBytes = builder.maxResponseBytes;
    }

    /**
     * A builder with the defaults: credentials from the default chain, the service's default endpoint, no region,
     * retries and rate limiting on. Generated clients call this from their own {@code builder()}.
     *
     * @param <C> the generated client type
     * @param service what the spec says of the service version
     * @return a new builder
     * @param client makes the client from the finished settings, e.g. {@code OmicsClient::new}
     */
    public static <C> Builder<C> builder(ServiceDescription service, Function<ClientSettings, C> client) {
        return new Builder<>(service, client);
    }

    /**
     * The service version the client calls.
     *
     * @return the service description
     */
    public ServiceDescription service() {
        return service;
    }

    /**
     * Where calls go, e.g. {@code https://omics.tencentcloudapi.com}.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Asked before every attempt.
     *
     * @return the credentials provider
     */
    public CredentialsProvider credentials() {
        return credentials;
    }

    /**
     * Sent as {@code X-TC-Region}; empty for none.
     *
     * @return the region, if set
     */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * Sent as {@code X-TC-Language} ({@code zh-CN}, {@code en-US}); empty for none.
     *
     * @return the language, if set
     */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /**
     * For the HttpClient the client makes itself (a supplied one keeps its own).
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The longest wait for a complete response, per attempt.
     *
     * @return the read timeout
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * Which failures to retry, how often, how long to wait.
     *
     * @return the retry policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * The calls per second kept by action: the service's documented limits, or none when turned off.
     *
     * @return calls per second by action name, unmodifiable
     */
    public Map<String, Integer> rateLimits() {
        return rateLimit ? service.rateLimits() : Map.of();
    }

    /**
     * The HttpClient to send with; empty when the client makes its own.
     *
     * @return the supplied HttpClient, if any
     */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /**
     * The source of request timestamps.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The longest response body read; a longer one fails the call.
     *
     * @return the limit in bytes
     */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /** Names the service and endpoint only: credentials never appear here. */
    @Override
    public String toString() {
        return "ClientSettings[" + service.name() + " " + service.version() + " at " + endpoint + "]";
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
        return duration;
    }

    /**
     * Configures a client of one service; not thread-safe. {@link #build()} gives the client.
     *
     * @param <C> the client it builds
     */
    public static final class Builder<C> {
        private final ServiceDescription service;
        private final Function<ClientSettings, C> client;
        private CredentialsProvider credentials = CredentialsProvider.defaultChain();
        private String region;
        private String language;
        private URI endpoint;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean rateLimit = true;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder(ServiceDescription service, Function<ClientSettings, C> client) {
            this.service = Objects.requireNonNull(service, "service");
            this.client = Objects.requireNonNull(client, "client");
            this.endpoint = service.defaultEndpoint();
        }

        /**
         * Fixed credentials.
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder<C> credentials(Credentials credentials) {
            this.credentials = CredentialsProvider.of(credentials);
            return this;
        }

        /**
         * Credentials asked before every attempt, e.g. rotating temporary ones (default: environment, then profile file).
         *
         * @param credentials the provider
         * @return this builder
         */
        public Builder<C> credentialsProvider(CredentialsProvider credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * The region, sent as {@code X-TC-Region}, e.g. {@code ap-guangzhou}; null for none.
         *
         * @param region the region, or null
         * @return this builder
         */
        public Builder<C> region(String region) {
            this.region = region == null || region.isBlank() ? null : region.strip();
            return this;
        }

        /**
         * The language of messages, sent as {@code X-TC-Language}: {@code zh-CN} or {@code en-US}; null for none.
         *
         * @param language the language, or null
         * @return this builder
         */
        public Builder<C> language(String language) {
            this.language = language == null || language.isBlank() ? null : language.strip();
            return this;
        }

        /**
         * Where calls go, e.g. {@code http://127.0.0.1:8080}; the request path is always {@code /}.
         *
         * @param endpoint an http or https URL
         * @return this builder
         */
        public Builder<C> endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * How long to wait for a connection (default 10 s); ignored with a supplied HttpClient.
         *
         * @param connectTimeout the timeout, positive
         * @return this builder
         */
        public Builder<C> connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for a complete response, per attempt (default 60 s).
         *
         * @param readTimeout the timeout, positive
         * @return this builder
         */
        public Builder<C> readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Which failures are retried and how (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()}
         * turns retries off).
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder<C> retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Whether to keep each action within its documented calls per second, across all threads (default true).
         *
         * @param rateLimit false to send as fast as the caller calls
         * @return this builder
         */
        public Builder<C> rateLimit(boolean rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        /**
         * The HttpClient to send with; its own connect timeout, proxy and TLS settings apply.
         *
         * @param httpClient the client to send with
         * @return this builder
         */
        public Builder<C> httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * The source of request timestamps (default the system clock in UTC); meant for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder<C> clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The longest response body to read, in bytes (default 10 MiB). A longer one is not read to the end: the
         * call fails with {@code RESPONSE_TOO_LARGE}. Throws {@link IllegalArgumentException} below 1.
         *
         * @param maxResponseBytes the limit, positive
         * @return this builder
         */
        public Builder<C> maxResponseBytes(int maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive, not " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * The client; throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL, or a
         * timeout that is not positive.
         *
         * @return the generated client
         */
        public C build() {
            return client.apply(new ClientSettings(this));
        }
    }
}
