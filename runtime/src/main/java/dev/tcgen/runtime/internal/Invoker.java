package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudTransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Sends signed TC3-HMAC-SHA256 calls of one service version; thread-safe. Internal: generated clients reach it
 * through {@code ServiceClient}; application code uses those clients.
 */
public final class Invoker implements AutoCloseable {
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";

    private static final String REQUEST_CLIENT = "tcgen";

    private static final int EXCERPT_LENGTH = 200;

    private static final System.Logger LOG = System.getLogger(Invoker.class.getName());

    /**
     * Empty requests are legal (actions without parameters); unknown response fields are not errors.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Per response type, its reader, resolved once rather than on every call. It binds the {@code Response}
     * object where it lies in a body whose whole structure was already checked.
     */
    private static final ClassValue<ObjectReader> PAYLOAD_READERS = new ClassValue<ObjectReader>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    };

    /**
     * Per request type, its writer, resolved once rather than on every call.
     */
    private static final ClassValue<ObjectWriter> REQUEST_WRITERS = new ClassValue<ObjectWriter>() {
        @Override
        protected ObjectWriter computeValue(Class<?> type) {
            return MAPPER.writerFor(type);
        }
    };

    private final ClientSettings settings;

    private final URI endpoint;

    private final String host;

    private final Tc3Signer signer;

    private final Map<String, RateLimiter> limiters;

    private final HttpClient http;

    /**
     * The executor of the HttpClient this invoker made itself; null for a user-supplied client.
     */
    private final ExecutorService ownExecutor;

    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * The server's clock minus ours, in seconds, added to every timestamp; learned from the Date
     * header of an {@code AuthFailure.SignatureExpire} answer.
     */
    private final AtomicLong clockOffsetSeconds = new AtomicLong();

    /**
     * Throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL of a host.
     *
     * @param settings the client's settings
     */
    public Invoker(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.endpoint = rootEndpoint(settings.endpoint());
        this.host = hostHeader(endpoint);
        this.signer = new Tc3Signer(settings.service().name());
        Map<String, RateLimiter> limiters = new HashMap<>();
        settings.rateLimits().forEach((action, perSecond) -> limiters.put(action, new RateLimiter(perSecond)));
        this.limiters = Map.copyOf(limiters);
        if (settings.httpClient().isPresent()) {
            this.http = settings.httpClient().get();
            this.ownExecutor = null;
        } else {
            this.ownExecutor = Executors.newCachedThreadPool(daemonThreads(settings.service().name()));
            this.http = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(ownExecutor)
                    .build();
        }
    }

    /**
     * Calls {@code action} and waits for the result.
     *
     * @param <T> the response type
     * @param operation the action called
     * @param request the request record
     * @return the response
     * @throws TencentCloudException (as the service's subclass) for an API error
     * @throws TencentCloudTransportException when no API answer arrived
     * @throws IllegalStateException before sending, when a required region is unset or the client is closed
     */
    public <T> T call(Operation<T> operation, Object request) {
        return call(operation, request, CallOptions.none());
    }

    /**
     * {@link #call(Operation, Object)} with {@code options} in place of the client's settings where set.
     *
     * @param <T> the response type
     * @param operation the action called
     * @param request the request record
     * @param options this call's options
     * @return the response
     */
    public <T> T call(Operation<T> operation, Object request, CallOptions options) {
        return send(prepare(operation, request, options));
    }

    /**
     * Calls {@code action}; the future fails with the same exceptions {@link #call} throws. Checks that
     * need no network (closed client, missing region) throw at once instead.
     *
     * @param <T> the response type
     * @param operation the action called
     * @param request the request record
     * @return the response, when it arrives
     */
    public <T> CompletableFuture<T> callAsync(Operation<T> operation, Object request) {
        return callAsync(operation, request, CallOptions.none());
    }

    /**
     * {@link #callAsync(Operation, Object)} with {@code options} in place of the client's settings where set.
     *
     * @param <T> the response type
     * @param operation the action called
     * @param request the request record
     * @param options this call's options
     * @return the response, when it arrives
     */
    public <T> CompletableFuture<T> callAsync(Operation<T> operation, Object request, CallOptions options) {
        return attempt(prepare(operation, request, options), 1, false);
    }

    /**
     * The checks that need no network, and the body serialized once for every attempt.
     */
    private <T> Call<T> prepare(Operation<T> operation, Object request, CallOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        String action = operation.action();
        if (closed.get()) {
            throw new IllegalStateException("the " + settings.service().name() + " client is closed");
        }
        if (operation.region() == Operation.Region.REQUIRED && settings.region().isEmpty() && options.region().isEmpty()) {
            throw new IllegalStateException(action + " requires a region: set one with region(...) on the client builder");
        }
        byte[] body;
        try {
            body = REQUEST_WRITERS.get(request.getClass()).writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(action + ": the request cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        return new Call<>(action, body, operation.responseType(), options);
    }

    /**
     * Refuses further calls and releases the threads of the HttpClient it made (a supplied one is left alone).
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownExecutor != null) {
            ownExecutor.shutdown();
        }
    }

    /**
     * Runs the attempts of {@code call} on the caller's thread until one succeeds or the retry policy
     * gives up, sleeping between them. Sending on this thread avoids the hand-offs between threads that
     * {@code sendAsync} costs.
     */
    private <T> T send(Call<T> call) {
        int attempt = 1;
        boolean clockCorrected = false;
        while (true) {
            long offsetSent = clockOffsetSeconds.get();
            RuntimeException error;
            try {
                return exchange(call);
            } catch (RuntimeException e) {
                error = e;
            }
            Retry next = nextAttempt(call.action(), error, attempt, clockCorrected, offsetSent);
            if (next == null) {
                throw error;
            }
            if (next.backoffNanos() > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(next.backoffNanos());
                } catch (InterruptedException e) {
                    throw interrupted(call.action(), e);
                }
            }
            attempt = next.attempt();
            clockCorrected = next.clockCorrected();
        }
    }

    /**
     * One attempt on the caller's thread, holding a permit of the action's rate limiter while it runs.
     */
    private <T> T exchange(Call<T> call) {
        RateLimiter limiter = limiters.get(call.action());
        if (limiter != null) {
            awaitPermit(call.action(), limiter);
        }
        try {
            HttpRequest request = signedRequest(call);
            HttpResponse<LimitedBody> response;
            byte[] body;
            try {
                response = http.send(request, limitedBody(call.action()));
                body = response.body().await();
            } catch (InterruptedException e) {
                throw interrupted(call.action(), e);
            } catch (ExecutionException e) {
                throw transportFailure(call.action(), e.getCause());
            } catch (IOException | TimeoutException e) {
                throw transportFailure(call.action(), e);
            }
            return read(call, response, body);
        } finally {
            if (limiter != null) {
                limiter.release();
            }
        }
    }

    /**
     * Blocks until {@code limiter} lets this call go; a permit granted after an interrupt is given back.
     */
    private void awaitPermit(String action, RateLimiter limiter) {
        CompletableFuture<Void> permit = limiter.acquire();
        try {
            permit.get();
        } catch (InterruptedException e) {
            permit.thenRun(limiter::release);
            throw interrupted(action, e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    /**
     * Attempt number {@code attempt} (1-based) of {@code call} and those that follow it, without blocking.
     */
    private <T> CompletableFuture<T> attempt(Call<T> call, int attempt, boolean clockCorrected) {
        long offsetSent = clockOffsetSeconds.get();
        RateLimiter limiter = limiters.get(call.action());
        CompletableFuture<T> sent = limiter == null ? exchangeAsync(call)
                : limiter.acquire().thenCompose(ignored -> exchangeAsync(call)).whenComplete((value, failure) -> limiter.release());
        return sent.exceptionallyCompose(failure -> {
            RuntimeException error = unchecked(failure);
            Retry next = nextAttempt(call.action(), error, attempt, clockCorrected, offsetSent);
            if (next == null) {
                return CompletableFuture.failedFuture(error);
            }
            if (next.backoffNanos() <= 0) {
                return attempt(call, next.attempt(), next.clockCorrected());
            }
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(next.backoffNanos(), TimeUnit.NANOSECONDS))
                    .thenCompose(ignored -> attempt(call, next.attempt(), next.clockCorrected()));
        });
    }

    /**
     * One attempt, without blocking.
     */
    private <T> CompletableFuture<T> exchangeAsync(Call<T> call) {
        HttpRequest request;
        try {
            request = signedRequest(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.sendAsync(request, limitedBody(call.action()))
                .exceptionally(failure -> {
                    throw transportFailure(call.action(), failure);
                })
                .thenCompose(response -> response.body().within()
                        .exceptionally(failure -> {
                            throw transportFailure(call.action(), failure);
                        })
                        .thenApply(body -> read(call, response, body)));
    }

    /**
     * What follows attempt {@code attempt} failing with {@code error}; null to give up. An attempt refused as
     * expired because our clock is off is tried once more at once, with the corrected clock, without
     * counting as an attempt: no retry policy can cure it, the correction does.
     */
    private Retry nextAttempt(String action, RuntimeException error, int attempt,
            boolean clockCorrected, long offsetSent) {
        if (!clockCorrected && error instanceof TencentCloudException api && SIGNATURE_EXPIRE.equals(api.code())
                && clockOffsetSeconds.get() != offsetSent) {
            LOG.log(System.Logger.Level.DEBUG, () -> action + ": the server's clock is "
                    + clockOffsetSeconds.get() + " s from ours; signing again with its time");
            return new Retry(attempt, true, 0);
        }
        if (!settings.retryPolicy().shouldRetry(error, attempt)) {
            return null;
        }
        Duration backoff = settings.retryPolicy().backoff(attempt);
        LOG.log(System.Logger.Level.DEBUG, () -> action + " attempt " + attempt + " failed ("
                + error + "); retrying in " + backoff.toMillis() + " ms");
        return new Retry(attempt + 1, clockCorrected, Math.max(1, backoff.toNanos()));
    }

    /**
     * The failure of a call whose thread was interrupted; the interrupt stays set for the caller to see.
     */
    private TencentCloudTransportException interrupted(String action,
            InterruptedException interrupt) {
        Thread.currentThread().interrupt();
        return transport(TencentCloudTransportException.Kind.INTERRUPTED, action, -1, "interrupted while waiting for the response", interrupt);
    }

    /**
     * The body of one attempt's response, up to {@code maxResponseBytes}, by the end of the read timeout
     * counted from now. The request's own timeout ends only the wait for the headers; the body's deadline
     * is kept by whoever waits for it ({@link LimitedBody#await}, {@link LimitedBody#within}).
     */
    private HttpResponse.BodyHandler<LimitedBody> limitedBody(String action) {
        int limit = settings.maxResponseBytes();
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        return info -> new LimitedBody(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1), deadline,
                () -> transport(TencentCloudTransportException.Kind.RESPONSE_TOO_LARGE, action, info.statusCode(), "the response body is longer than "
                        + limit + " bytes, the limit set with maxResponseBytes on the client builder", null));
    }

    /**
     * The request for one attempt, signed with the current credentials and time (by the server's clock
     * once it is known to differ from ours). The signed Content-Type
     * is the very string sent; Host is the value the HTTP client derives from the endpoint.
     */
    private HttpRequest signedRequest(Call<?> call) {
        Credentials credentials = settings.credentials().credentials();
        long timestamp = settings.clock().instant().getEpochSecond() + clockOffsetSeconds.get();
        String authorization = signer.authorization(credentials, timestamp, "POST", "",
                Map.of("Content-Type", CONTENT_TYPE, "Host", host), call.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.readTimeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()))
                .header("Authorization", authorization)
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", call.action())
                .header("X-TC-Version", settings.service().version())
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-RequestClient", REQUEST_CLIENT);
        call.options().region().or(settings::region).ifPresent(region -> request.header("X-TC-Region", region));
        call.options().language().or(settings::language).ifPresent(language -> request.header("X-TC-Language", language));
        call.options().headers().forEach(request::header);
        credentials.token().ifPresent(token -> request.header("X-TC-Token", token));
        if (endpoint.getScheme().equals("http")) {
            // Plain HTTP/2 would first try an h2c upgrade; API servers speak HTTP/1.1 or TLS.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        return request.build();
    }

    /**
     * Unwraps {@code {"Response": ...}}: the output record, or the exception for an error or a bad answer.
     */
    private <T> T read(Call<T> call, HttpResponse<?> response, byte[] body) {
        int status = response.statusCode();
        if (status != 200) {
            throw transport(TencentCloudTransportException.Kind.HTTP_STATUS, call.action(), status, "HTTP " + status + ", body: " + excerpt(body), null);
        }
        int payloadStart = successPayloadStart(body);
        if (payloadStart >= 0) {
            try (JsonParser parser = MAPPER.createParser(body, payloadStart, body.length - payloadStart)) {
                return PAYLOAD_READERS.get(call.responseType()).readValue(parser);
            } catch (IOException | IllegalArgumentException e) {
                throw doesNotFit(call, status, e);
            }
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            throw transport(TencentCloudTransportException.Kind.MALFORMED_RESPONSE, call.action(), status,
                    "HTTP 200 but the body is not valid JSON or was cut short (" + body.length + " bytes: "
                            + excerpt(body) + ")", e);
        }
        JsonNode payload = root == null ? null : root.get("Response");
        if (payload == null || !payload.isObject()) {
            throw transport(TencentCloudTransportException.Kind.MALFORMED_RESPONSE, call.action(), status,
                    "HTTP 200 but the body has no \"Response\" object: " + excerpt(body), null);
        }
        JsonNode error = payload.get("Error");
        if (error != null && !error.isNull()) {
            String code = text(error.get("Code"));
            if (code == null || code.isBlank()) {
                throw transport(TencentCloudTransportException.Kind.MALFORMED_RESPONSE, call.action(), status,
                        "HTTP 200 but Response.Error has no Code: " + excerpt(body), null);
            }
            if (code.equals(SIGNATURE_EXPIRE)) {
                learnServerClock(response);
            }
            String message = text(error.get("Message"));
            throw settings.service().errors().create(call.action(), code, message == null ? "" : message,
                    text(payload.get("RequestId")));
        }
        try {
            return MAPPER.treeToValue(payload, call.responseType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw doesNotFit(call, status, e);
        }
    }

    /**
     * Where the {@code Response} object of a well-formed success answer starts in {@code body}; -1 when the
     * answer needs a closer look (an {@code Error}, no {@code Response} object, not JSON, trailing content).
     * One pass of the streaming parser, which skips values without building anything.
     */
    private static int successPayloadStart(byte[] body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            long start = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean payload = "Response".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (!payload) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_OBJECT) {
                    return -1;
                }
                start = parser.currentTokenLocation().getByteOffset();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    if ("Error".equals(parser.currentName())) {
                        return -1;
                    }
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null && start >= 0 && start <= Integer.MAX_VALUE ? (int) start : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private <T> TencentCloudTransportException doesNotFit(Call<T> call, int status,
            Exception failure) {
        return transport(TencentCloudTransportException.Kind.MALFORMED_RESPONSE, call.action(), status, "the response does not fit "
                + call.responseType().getSimpleName() + " (" + describe(failure) + ")", failure);
    }

    /**
     * Takes the server's clock from the Date header of an answer that found our timestamp expired, so
     * that later requests carry its time. An absent or unreadable Date changes nothing.
     */
    private void learnServerClock(HttpResponse<?> response) {
        Optional<String> date = response.headers().firstValue("Date");
        if (date.isEmpty()) {
            return;
        }
        try {
            long serverTime = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            clockOffsetSeconds.set(serverTime - settings.clock().instant().getEpochSecond());
        } catch (DateTimeParseException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "ignoring an unreadable Date header: " + date.get());
        }
    }

    /**
     * What a failed exchange means to the caller.
     */
    private TencentCloudTransportException transportFailure(String action, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        // HttpClient.send wraps what the body reader failed with (too large, timed out) in an IOException.
        for (Throwable inner = cause; inner != null; inner = inner.getCause() == inner ? null : inner.getCause()) {
            if (inner instanceof TencentCloudTransportException transport) {
                return transport;
            }
            if (inner instanceof TimeoutException) {
                cause = inner;
                break;
            }
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return transport(TencentCloudTransportException.Kind.TIMEOUT, action, -1, "could not connect in time (" + describe(cause) + ")", cause);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return transport(TencentCloudTransportException.Kind.TIMEOUT, action, -1,
                    "no response within the read timeout of " + settings.readTimeout().toMillis() + " ms", cause);
        }
        if (cause instanceof ConnectException && rootCause(cause) instanceof UnresolvedAddressException) {
            return transport(TencentCloudTransportException.Kind.CONNECTION, action, -1, "could not resolve the host " + endpoint.getHost(), cause);
        }
        if (cause instanceof SSLException) {
            return transport(TencentCloudTransportException.Kind.CONNECTION, action, -1, "the TLS handshake failed, the server's certificate may"
                    + " not be trusted (" + describe(cause) + ")", cause);
        }
        if (cause instanceof ConnectException) {
            return transport(TencentCloudTransportException.Kind.CONNECTION, action, -1, "could not connect (" + describe(cause) + ")", cause);
        }
        if (cause instanceof IOException) {
            return transport(TencentCloudTransportException.Kind.CONNECTION, action, -1, "the connection failed (" + describe(cause) + ")", cause);
        }
        return transport(TencentCloudTransportException.Kind.CONNECTION, action, -1, "the request failed (" + describe(cause) + ")", cause);
    }

    private TencentCloudTransportException transport(TencentCloudTransportException.Kind kind,
            String action, int status, String what, Throwable cause) {
        return new TencentCloudTransportException(kind, action, endpoint, status, action + " to " + endpoint + ": " + what, cause);
    }

    /**
     * The innermost cause's type and message; the JDK's outer exceptions often say less.
     */
    private static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String excerpt(byte[] body) {
        if (body.length == 0) {
            return "(empty body)";
        }
        byte[] head = Arrays.copyOf(body, Math.min(body.length, EXCERPT_LENGTH * 4));
        String text = new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT_LENGTH && head.length == body.length ? text
                : text.substring(0, Math.min(text.length(), EXCERPT_LENGTH)) + "...";
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /**
     * The failure a caller should see: unwrapped from the future's wrapper; errors rethrown as they are.
     */
    private static RuntimeException unchecked(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    /**
     * The endpoint with path {@code /}; rejects what the API cannot be reached at.
     */
    private static URI rootEndpoint(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the endpoint must be an http or https URL with a host, not " + endpoint);
        }
        String path = endpoint.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || endpoint.getRawQuery() != null) {
            throw new IllegalArgumentException("the endpoint must have no path or query (calls go to /), not " + endpoint);
        }
        return URI.create(scheme.toLowerCase(Locale.ROOT) + "://" + endpoint.getRawAuthority() + "/");
    }

    /**
     * The Host header {@code java.net.http} sends for {@code endpoint} (it sets Host itself): the port
     * appears only when it is not the scheme's default. The signature must cover exactly this value.
     */
    static String hostHeader(URI endpoint) {
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || port == (endpoint.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        return defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + port;
    }

    private static ThreadFactory daemonThreads(String service) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tcgen-" + service + "-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Collects a body of at most {@code limit} bytes. A longer one, by its Content-Length or as it arrives,
     * fails with {@code tooLarge} and the rest is cancelled; one still incomplete at {@code deadline}
     * ({@code System.nanoTime()}) fails with a {@code TimeoutException} and is cancelled too.
     * The response is handed over with the headers (the body comes as this subscriber), so that a
     * synchronous call waits for the bytes on its own thread with a timed wait and needs no timer task.
     * Reactive-streams signals come one at a time; only the subscription is shared with the waiting thread.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody> {
        private final int limit;

        private final long declaredLength;

        private final long deadline;

        private final Supplier<RuntimeException> tooLarge;

        private final CompletableFuture<byte[]> body = new CompletableFuture<>();

        private final List<ByteBuffer> parts = new ArrayList<>();

        private long received;

        private volatile Flow.Subscription subscription;

        LimitedBody(int limit, long declaredLength, long deadline,
                Supplier<RuntimeException> tooLarge) {
            this.limit = limit;
            this.declaredLength = declaredLength;
            this.deadline = deadline;
            this.tooLarge = tooLarge;
        }

        @Override
        public CompletionStage<LimitedBody> getBody() {
            return CompletableFuture.completedStage(this);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (declaredLength > limit) {
                refuse();
                return;
            }
            if (body.isDone()) {
                // abandoned before the subscription came
                subscription.cancel();
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        /**
         * The bytes, waited for on this thread until the deadline; a body given up on is cancelled.
         */
        byte[] await() throws InterruptedException, ExecutionException, TimeoutException {
            try {
                return body.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | InterruptedException e) {
                abandon(e);
                throw e;
            }
        }

        /**
         * The bytes, without blocking: fails with a {@code TimeoutException} at the deadline and cancels the body.
         */
        CompletableFuture<byte[]> within() {
            return body.orTimeout(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).whenComplete((bytes, failure) -> {
                if (failure instanceof TimeoutException) {
                    abandon(failure);
                }
            });
        }

        /**
         * Gives up on the body from a waiting thread. Whichever of this and {@code onSubscribe} runs second
         * sees the other's write (the future's state and the subscription are volatile), so the subscription is
         * always cancelled.
         */
        private void abandon(Throwable reason) {
            body.completeExceptionally(reason);
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                received += item.remaining();
                parts.add(item);
            }
            if (received > limit) {
                refuse();
            }
        }

        @Override
        public void onError(Throwable failure) {
            parts.clear();
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            if (body.isDone()) {
                return;
            }
            byte[] bytes = new byte[(int) received];
            int at = 0;
            for (ByteBuffer part : parts) {
                int length = part.remaining();
                part.get(bytes, at, length);
                at += length;
            }
            parts.clear();
            body.complete(bytes);
        }

        private void refuse() {
            parts.clear();
            subscription.cancel();
            body.completeExceptionally(tooLarge.get());
        }
    }

    /**
     * The attempt to run next, whether its clock is corrected, and how long to wait before it.
     */
    private record Retry(int attempt, boolean clockCorrected, long backoffNanos) {
    }

    /**
     * One call: the body is serialized once; every attempt sends (and signs) these bytes.
     */
    private record Call<T>(String action, byte[] body, Class<T> responseType, CallOptions options) {
    }
}
