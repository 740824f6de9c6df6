package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.ProxyChoice;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
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
    private final Executor executor;
    private final Clock clock;
    private final int maxResponseBytes;
    private final URI proxy;
    private final String proxyUser;
    private final String proxyPassword;
    private final boolean adaptiveRateLimit;
    private final List<CallInterceptor> interceptors;

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
        this.executor = builder.executor;
        this.clock = builder.clock;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.proxy = builder.proxy;
        this.proxyUser = builder.proxyUser;
        this.proxyPassword = builder.proxyPassword;
        this.adaptiveRateLimit = builder.adaptiveRateLimit;
        this.interceptors = List.copyOf(builder.interceptors);
    }

    /**
     * A builder with the defaults: credentials from the default chain, the service's default endpoint, no region,
     * retries and rate limiting on. Generated clients call this from their own {@code builder()}.
     *
     * @param <C> the generated client type
     * @param service what the spec says of the service version
     * @param client makes the client from the finished settings, e.g. {@code OmicsClient::new}
     * @return a new builder
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
     * The executor the client's own HttpClient runs on; empty for the client's bounded pool.
     *
     * @return the supplied executor, if any
     */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
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

    /**
     * The proxy set on the builder; empty when the client follows {@code HTTPS_PROXY}, {@code HTTP_PROXY},
     * {@code NO_PROXY} and the JVM's {@code https.proxyHost}/{@code http.proxyHost} instead.
     *
     * @return the proxy URL, if set
     */
    public Optional<URI> proxy() {
        return Optional.ofNullable(proxy);
    }

    /**
     * The user sent to the proxy (Basic {@code Proxy-Authorization}); empty for none.
     *
     * @return the proxy user, if set
     */
    public Optional<String> proxyUser() {
        return Optional.ofNullable(proxyUser);
    }

    /**
     * The password of {@link #proxyUser()}; keep it out of logs and messages.
     *
     * @return the proxy password, if a user is set
     */
    public Optional<String> proxyPassword() {
        return Optional.ofNullable(proxyPassword);
    }

    /**
     * Whether actions without a documented rate slow down after {@code RequestLimitExceeded} answers.
     *
     * @return true when adaptive rate limiting is on
     */
    public boolean adaptiveRateLimit() {
        return adaptiveRateLimit;
    }

    /**
     * The interceptors, in the order they were added; each sees every attempt and call.
     *
     * @return the interceptors, unmodifiable
     */
    public List<CallInterceptor> interceptors() {
        return interceptors;
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
        private Executor executor;
        private Clock clock = Clock.systemUTC();
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private URI proxy;
        private String proxyUser;
        private String proxyPassword;
        private boolean adaptiveRateLimit = true;
        private final List<CallInterceptor> interceptors = new ArrayList<>();

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
         * Credentials asked before every attempt, e.g. rotating temporary ones (default {@link CredentialsProvider#defaultChain()}).
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
         * Whether an action without a documented rate lowers its own rate after a {@code RequestLimitExceeded}
         * answer and raises it again slowly, as AWS SDK v2's adaptive mode does (default true). It starts unlimited.
         *
         * @param adaptiveRateLimit false to keep undocumented actions unlimited
         * @return this builder
         */
        public Builder<C> adaptiveRateLimit(boolean adaptiveRateLimit) {
            this.adaptiveRateLimit = adaptiveRateLimit;
            return this;
        }

        /**
         * Adds an interceptor that sees every attempt and call (e.g. to record latencies); called in the order added.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder<C> interceptor(CallInterceptor interceptor) {
            this.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
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
         * Sends every call through the HTTP proxy {@code proxy}, e.g. {@code http://proxy.internal:3128}, instead of
         * the one {@code HTTPS_PROXY}, {@code HTTP_PROXY} or the JVM's {@code https.proxyHost} name; ignored with a
         * supplied HttpClient. Throws {@link IllegalArgumentException} for a URL that is not {@code http://host[:port]}.
         *
         * @param proxy the proxy URL, {@code http://host[:port]}
         * @return this builder
         */
        public Builder<C> proxy(URI proxy) {
            return proxy(proxy, null, null);
        }

        /**
         * {@link #proxy(URI)} with a user and password (null for none), sent to the proxy with every request as Basic
         * {@code Proxy-Authorization}, never to the server. For https endpoints the JDK sends them in the CONNECT
         * that opens the tunnel only when the JVM runs with {@code -Djdk.http.auth.tunneling.disabledSchemes=""}.
         *
         * @param proxy the proxy URL, {@code http://host[:port]}
         * @param user the proxy user, or null for none
         * @param password the user's password, or null
         * @return this builder
         */
        public Builder<C> proxy(URI proxy, String user, String password) {
            ProxyChoice.explicit(Objects.requireNonNull(proxy, "proxy"), user, password);
            this.proxy = proxy;
            this.proxyUser = user == null || user.isEmpty() ? null : user;
            this.proxyPassword = this.proxyUser == null ? null : password == null ? "" : password;
            return this;
        }

        /**
         * The executor the client's HttpClient runs its tasks on and asynchronous answers are read on (default: a
         * pool of at most twice as many threads as there are processors, at least 4, idle ones ending after a
         * minute). Its tasks never block; when it is busy they wait in its queue, and a task it refuses runs on the
         * JDK's common pool instead, so that no call fails or hangs for that. The client does not shut a supplied
         * executor down. Ignored with a
         * supplied HttpClient, which has its own.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder<C> executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
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
