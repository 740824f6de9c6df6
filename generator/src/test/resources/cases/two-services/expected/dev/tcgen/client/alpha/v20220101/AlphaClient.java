package dev.tcgen.client.alpha.v20220101;

import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.CredentialsProvider;
import dev.tcgen.client.core.Invoker;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.core.TencentCloudTransportException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The client of alpha ({@code alpha} 2022-01-01); thread-safe, meant to be built once and shared.
 *
 * <p>Each call is signed with TC3-HMAC-SHA256. API errors throw {@link AlphaException}; failures to get an
 * answer throw {@link TencentCloudTransportException}. Documented per-action rate limits are honoured across all threads
 * (see {@link Builder#rateLimit(boolean)}).
 */
public final class AlphaClient implements AutoCloseable {
    /**
     * The product name requests are signed for.
     */
    public static final String SERVICE = "alpha";

    /**
     * The API version.
     */
    public static final String VERSION = "2022-01-01";

    /**
     * Where calls go by default.
     */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://alpha.tencentcloudapi.com");

    /**
     * Documented requests per second, by action.
     */
    private static final Map<String, Integer> RATE_LIMITS = Map.of();

    private final Invoker invoker;

    private AlphaClient(Builder builder) {
        this.invoker = new Invoker(new Invoker.Settings(SERVICE, VERSION, builder.endpoint, builder.credentials,
                builder.region, builder.language, builder.connectTimeout, builder.readTimeout,
                builder.retryPolicy, builder.rateLimit ? RATE_LIMITS : Map.of(), builder.httpClient,
                Clock.systemUTC(), AlphaException::new, builder.maxResponseBytes));
    }

    /**
     * A builder with the defaults: credentials from the default chain, the default endpoint, no region, retries and rate limiting on.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * DescribeThings ({@code DescribeThings}). Requires a region.
     *
     * <p>Lists things.
     *
     * @throws AlphaException the API answered with an error
     * @throws TencentCloudTransportException no API answer arrived (status, body, timeout, connection)
     */
    public DescribeThingsResponse describeThings(DescribeThingsRequest request) {
        return invoker.call("DescribeThings", true, request, DescribeThingsResponse.class);
    }

    /**
     * {@link #describeThings} without blocking: the future fails with the exceptions that method throws.
     */
    public CompletableFuture<DescribeThingsResponse> describeThingsAsync(
            DescribeThingsRequest request) {
        return invoker.callAsync("DescribeThings", true, request, DescribeThingsResponse.class);
    }

    /**
     * Refuses further calls and releases this client's threads; a supplied HttpClient is left open.
     */
    @Override
    public void close() {
        invoker.close();
    }

    /**
     * Configures a {@link AlphaClient}; not thread-safe.
     */
    public static final class Builder {
        private CredentialsProvider credentials = CredentialsProvider.defaultChain();

        private String region;

        private String language;

        private URI endpoint = DEFAULT_ENDPOINT;

        private Duration connectTimeout = Duration.ofSeconds(10);

        private Duration readTimeout = Duration.ofSeconds(60);

        private RetryPolicy retryPolicy = RetryPolicy.defaults();

        private boolean rateLimit = true;

        private HttpClient httpClient;

        private int maxResponseBytes = Invoker.DEFAULT_MAX_RESPONSE_BYTES;

        private Builder() {
        }

        /**
         * Fixed credentials.
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = CredentialsProvider.of(credentials);
            return this;
        }

        /**
         * Credentials asked before every attempt, e.g. rotating temporary ones (default: environment, then profile file).
         */
        public Builder credentialsProvider(CredentialsProvider credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * The region, sent as {@code X-TC-Region}, e.g. {@code ap-guangzhou}; null for none.
         */
        public Builder region(String region) {
            this.region = region == null || region.isBlank() ? null : region.strip();
            return this;
        }

        /**
         * The language of messages, sent as {@code X-TC-Language}: {@code zh-CN} or {@code en-US}; null for none.
         */
        public Builder language(String language) {
            this.language = language == null || language.isBlank() ? null : language.strip();
            return this;
        }

        /**
         * Where calls go, e.g. {@code http://127.0.0.1:8080}; the request path is always {@code /}.
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * How long to wait for a connection (default 10 s); ignored with a supplied HttpClient.
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * How long to wait for a complete response, per attempt (default 60 s).
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Which failures are retried and how (default {@code RetryPolicy.defaults()}; {@code RetryPolicy.none()} turns retries off).
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Whether to keep each action within its documented calls per second (default true).
         */
        public Builder rateLimit(boolean rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        /**
         * The HttpClient to send with; its own connect timeout, proxy and TLS settings apply.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * The longest response body to read, in bytes (default 10 MiB). A longer one is not read to the
         * end: the call fails with {@code RESPONSE_TOO_LARGE}. Throws {@link IllegalArgumentException} below 1.
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive, not " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * The client; throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL.
         */
        public AlphaClient build() {
            return new AlphaClient(this);
        }
    }
}
