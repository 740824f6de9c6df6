package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.ClientConfigurationException;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudSdkException;
import dev.tcgen.runtime.TencentCloudTransportException;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the calls of one service version: prepares each call once (checks that need no network, the body
 * serialized with its idempotency token filled), then hands it to {@link Attempts} (blocking) or
 * {@link AsyncAttempts}, which run the stages of every attempt. Thread-safe. Internal: generated clients reach it
 * through {@code ServiceClient}; application code uses those clients.
 */
public final class Invoker implements AutoCloseable {

    private final ClientSettings settings;

    private final Attempts attempts;

    private final AsyncAttempts asyncAttempts;

    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL of a host.
     *
     * @param settings the client's settings
     */
    public Invoker(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        URI endpoint = RequestSigner.rootEndpoint(settings.endpoint());
        this.attempts = new Attempts(settings, new TransportExceptions(endpoint, settings.readTimeout()));
        this.asyncAttempts = new AsyncAttempts(attempts);
    }

    /**
     * Calls {@code action} and waits for the result.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action called
     * @param request the request record
     * @return the response
     * @throws TencentCloudException (as the service's subclass) for an API error
     * @throws TencentCloudTransportException when no API answer arrived
     * @throws ClientConfigurationException before sending, when a required region is unset or the client is closed
     */
    public <I, O> O call(Operation<I, O> operation, I request) {
        return call(operation, request, CallOptions.none());
    }

    /**
     * {@link #call(Operation, Object)} with {@code options} in place of the client's settings where set.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action called
     * @param request the request record
     * @param options this call's options
     * @return the response
     */
    public <I, O> O call(Operation<I, O> operation, I request, CallOptions options) {
        return attempts.run(prepare(operation, request, options));
    }

    /**
     * Calls {@code action}; the future fails with the same exceptions {@link #call} throws. Checks that
     * need no network (closed client, missing region) throw at once instead.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action called
     * @param request the request record
     * @return the response, when it arrives
     */
    public <I, O> CompletableFuture<O> callAsync(Operation<I, O> operation, I request) {
        return callAsync(operation, request, CallOptions.none());
    }

    /**
     * {@link #callAsync(Operation, Object)} with {@code options} in place of the client's settings where set.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action called
     * @param request the request record
     * @param options this call's options
     * @return the response, when it arrives
     */
    public <I, O> CompletableFuture<O> callAsync(Operation<I, O> operation, I request, CallOptions options) {
        return asyncAttempts.run(prepare(operation, request, options));
    }

    /**
     * The checks that need no network, and the body serialized once for every attempt, with the idempotency token
     * filled when the action has one and the caller left it unset.
     */
    private <I, O> PreparedCall<O> prepare(Operation<I, O> operation, I request, CallOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        long started = System.nanoTime();
        String action = operation.action();
        if (closed.get()) {
            throw new ClientConfigurationException("the " + settings.service().name() + " client is closed");
        }
        if (operation.region() == Operation.Region.REQUIRED && settings.region().isEmpty() && options.region().isEmpty()) {
            throw new ClientConfigurationException(action + " requires a region: set one with region(...) on the client builder"
                    + " or in the call's options");
        }
        byte[] body;
        try {
            body = write(operation.requestWriter(), request);
            if (operation.idempotencyToken() != null) {
                body = IdempotencyToken.fill(body, operation.idempotencyToken());
            }
        } catch (IOException e) {
            throw new TencentCloudSdkException(action + ": the request cannot be written as JSON ("
                    + e.getClass().getSimpleName() + "); nothing was sent", e);
        } catch (RuntimeException e) {
            throw Attempts.asSdkException(action, e);
        }
        long deadline = options.timeout().isPresent() ? started + options.timeout().get().toNanos() : Long.MAX_VALUE;
        return new PreparedCall<>(operation, body, options, started, deadline);
    }

    /** The request as the JSON bytes sent, written by its generated writer. */
    private static <I> byte[] write(Operation.Writer<I> writer, I request) throws IOException {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(JsonFields.FACTORY._getBufferRecycler(), 256)) {
            try (JsonGenerator out = JsonFields.FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
                writer.write(out, request);
            }
            return bytes.toByteArray();
        }
    }

    /**
     * Refuses further calls and releases the threads of the HttpClient it made (a supplied one is left alone).
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            attempts.sender.close();
        }
    }
}
