package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.SandboxRules;
import dev.tcgen.runtime.internal.SandboxServer;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every generated {@code <Service>Sandbox} is: a local stand-in for one service version, an HTTP server on
 * loopback that checks every request as the service does (signature, rate limit, parameters against the spec) and
 * answers with the spec's examples and your own canned answers. See {@link SandboxAnswers} for how an answer is
 * chosen and the answers file format. Close it to stop it.
 */
public abstract class ServiceSandbox implements AutoCloseable {

    private final SandboxServer server;

    /**
     * A sandbox running on {@code server}.
     *
     * @param server the running server
     */
    protected ServiceSandbox(SandboxServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    /**
     * A builder with fresh random credentials and the spec's examples; generated sandboxes call this from their own
     * {@code builder()}.
     *
     * @param <S> the generated sandbox type
     * @return a new builder
     * @param rules the service's actions, parameters and rate limits, from the spec
     * @param examples the spec's examples as canned answers
     * @param sandbox makes the generated sandbox around the started server, e.g. {@code OmicsSandbox::new}
     */
    public static <S extends ServiceSandbox> SandboxBuilder<S> builder(SandboxRules.Service rules,
            Supplier<List<SandboxAnswers.Answer>> examples, Function<SandboxServer, S> sandbox) {
        return new SandboxBuilder<>(rules, examples, sandbox);
    }

    /**
     * Where to send calls, e.g. {@code http://127.0.0.1:49152}.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return server.endpoint();
    }

    /**
     * The only credentials whose signatures this sandbox accepts.
     *
     * @return the credentials
     */
    public Credentials credentials() {
        return server.credentials();
    }

    /**
     * How many requests arrived so far, answered or refused.
     *
     * @return the count
     */
    public long requestCount() {
        return server.requestCount();
    }

    /** Stops the sandbox at once. */
    @Override
    public void close() {
        server.close();
    }
}
