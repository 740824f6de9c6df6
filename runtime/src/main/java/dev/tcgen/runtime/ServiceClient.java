package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.Invoker;
import java.util.concurrent.CompletableFuture;

/**
 * What every generated client is: calls signed with TC3-HMAC-SHA256, retried and rate limited as its
 * {@link ClientSettings} say. Thread-safe; meant to be built once and shared, and closed when done.
 */
public abstract class ServiceClient implements AutoCloseable {

    private final Invoker invoker;

    /**
     * Throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL of a host.
     *
     * @param settings the client's settings
     */
    protected ServiceClient(ClientSettings settings) {
        this.invoker = new Invoker(settings);
    }

    /**
     * Calls {@code operation} and waits for its answer.
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
    protected final <I, O> O call(Operation<I, O> operation, I request) {
        return invoker.call(operation, request);
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
    protected final <I, O> O call(Operation<I, O> operation, I request, CallOptions options) {
        return invoker.call(operation, request, options);
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
    protected final <I, O> CompletableFuture<O> callAsync(Operation<I, O> operation, I request, CallOptions options) {
        return invoker.callAsync(operation, request, options);
    }

    /**
     * Calls {@code operation}; the future fails with the exceptions {@link #call} throws. Checks that need no
     * network (closed client, missing region) throw at once instead.
     *
     * @param <I> the request type
     * @param <O> the response type
     * @param operation the action called
     * @param request the request record
     * @return the response, when it arrives
     */
    protected final <I, O> CompletableFuture<O> callAsync(Operation<I, O> operation, I request) {
        return invoker.callAsync(operation, request);
    }

    /** Refuses further calls and releases this client's threads; a supplied HttpClient is left open. */
    @Override
    public void close() {
        invoker.close();
    }
}
