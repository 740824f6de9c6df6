package dev.tcgen.runtime.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP forward proxy on loopback: takes absolute-URI requests ({@code POST http://host:port/ HTTP/1.1}),
 * optionally demands Basic credentials with 407, forwards what it accepts and counts both.
 */
public final class CountingProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "proxy-authorization",
            "proxy-connection", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade", "expect");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient onward = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger challenged = new AtomicInteger();
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final String expectedAuthorization;

    /** @param user with {@code password}, the credentials it demands; null to demand none */
    public CountingProxy(String user, String password) throws IOException {
        this.expectedAuthorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Requests passed on to their target. */
    public int forwarded() {
        return forwarded.get();
    }

    /** Requests answered 407 for lack of (the right) credentials. */
    public int challenged() {
        return challenged.get();
    }

    /** The absolute URIs forwarded to. */
    public List<String> targets() {
        return List.copyOf(targets);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI target = exchange.getRequestURI();
            if (target.getScheme() == null || target.getHost() == null) {
                reply(exchange, 400, "not a proxy request: " + target);
                return;
            }
            if (expectedAuthorization != null
                    && !expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                challenged.incrementAndGet();
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"tcgen-test\"");
                reply(exchange, 407, "proxy authentication required");
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = onward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            forwarded.incrementAndGet();
            targets.add(target.toString());
            response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
        }
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
