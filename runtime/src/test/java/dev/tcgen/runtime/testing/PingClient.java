package dev.tcgen.runtime.testing;

import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.ServiceClient;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudTransportException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The client of a made-up service, {@code ping} 2020-01-01: what the runtime's tests call through. Its actions are
 * of every kind the retry rules tell apart: {@code Ping} (idempotent, documented rate), {@code DescribePings}
 * (read-only by name, no documented rate), {@code CreatePing} (an idempotency token, {@code ClientToken}) and
 * {@code SendPing} (neither: never repeated once its outcome is unknown). Written by hand the way the generator writes clients (compare generated-client's {@code OmicsClient}):
 * constants for the service, one {@link Operation} per action, a builder from {@link ClientSettings}, and a
 * blocking and an asynchronous method per action.
 *
 * <p>API errors throw {@link PingException}; failures to get an answer throw {@link TencentCloudTransportException}.
 */
public final class PingClient extends ServiceClient {
    /** The product name requests are signed for. */
    public static final String SERVICE = "ping";

    /** The API version. */
    public static final String VERSION = "2020-01-01";

    /** Where calls go by default; tests always set their own endpoint. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://ping.tencentcloudapi.com");

    /** Documented requests per second, by action: as many as omics documents for GetRunCalls. */
    private static final Map<String, Integer> RATE_LIMITS = Map.ofEntries(
            Map.entry("Ping", 20));

    private static final ServiceDescription DESCRIPTION = new ServiceDescription(SERVICE, VERSION, DEFAULT_ENDPOINT, RATE_LIMITS, PingException::new);

    private static final Operation<PingRequest, PingResponse> PING = new Operation<>("Ping", PingResponse.class, Operation.Region.OPTIONAL, true, null,
            PingRequest::writeJson, PingResponse::readJson);

    private static final Operation<PingRequest, PingResponse> DESCRIBE_PINGS = new Operation<>("DescribePings", PingResponse.class,
            Operation.Region.OPTIONAL, true, null, PingRequest::writeJson, PingResponse::readJson);

    private static final Operation<CreatePingRequest, PingResponse> CREATE_PING = new Operation<>("CreatePing", PingResponse.class,
            Operation.Region.OPTIONAL, false, "ClientToken", CreatePingRequest::writeJson, PingResponse::readJson);

    private static final Operation<PingRequest, PingResponse> SEND_PING = new Operation<>("SendPing", PingResponse.class,
            Operation.Region.OPTIONAL, false, null, PingRequest::writeJson, PingResponse::readJson);

    private PingClient(ClientSettings settings) {
        super(settings);
    }

    /** A builder with the defaults: credentials from the default chain, the default endpoint, no region, retries and rate limiting on. */
    public static ClientSettings.Builder<PingClient> builder() {
        return ClientSettings.builder(DESCRIPTION, PingClient::new);
    }

    /**
     * Answers with the request's token ({@code Ping}). At most 20 calls per second are sent.
     *
     * @throws PingException the API answered with an error
     * @throws TencentCloudTransportException no API answer arrived (status, body, timeout, connection)
     */
    public PingResponse ping(PingRequest request) {
        return call(PING, request);
    }

    /** {@link #ping} without blocking: the future fails with the exceptions that method throws. */
    public CompletableFuture<PingResponse> pingAsync(PingRequest request) {
        return callAsync(PING, request);
    }

    /** {@link #ping} with {@code options} in place of the client's settings where set. */
    public PingResponse ping(PingRequest request, CallOptions options) {
        return call(PING, request, options);
    }

    /** {@link #pingAsync} with {@code options} in place of the client's settings where set. */
    public CompletableFuture<PingResponse> pingAsync(PingRequest request, CallOptions options) {
        return callAsync(PING, request, options);
    }

    /** A read-only action without a documented rate: retried whatever the outcome of an attempt. */
    public PingResponse describePings(PingRequest request) {
        return call(DESCRIBE_PINGS, request);
    }

    /** {@link #describePings} with {@code options}. */
    public PingResponse describePings(PingRequest request, CallOptions options) {
        return call(DESCRIBE_PINGS, request, options);
    }

    /** {@link #describePings} without blocking, with {@code options}. */
    public CompletableFuture<PingResponse> describePingsAsync(PingRequest request, CallOptions options) {
        return callAsync(DESCRIBE_PINGS, request, options);
    }

    /** An action with an idempotency token ({@code ClientToken}), filled once per call when unset. */
    public PingResponse createPing(CreatePingRequest request) {
        return call(CREATE_PING, request);
    }

    /** {@link #createPing} without blocking. */
    public CompletableFuture<PingResponse> createPingAsync(CreatePingRequest request) {
        return callAsync(CREATE_PING, request, CallOptions.none());
    }

    /** An action neither read-only nor with a token: not repeated once an attempt's outcome is unknown. */
    public PingResponse sendPing(PingRequest request) {
        return call(SEND_PING, request);
    }

    /** {@link #sendPing} without blocking. */
    public CompletableFuture<PingResponse> sendPingAsync(PingRequest request) {
        return callAsync(SEND_PING, request, CallOptions.none());
    }
}
