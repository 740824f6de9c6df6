package dev.tcgen.runtime.credentials;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the CVM metadata service's credentials folder: the role name as text at the folder,
 * the role's credentials as JSON below it. Every set it hands out is numbered: {@code AKIDrole-N},
 * {@code rolekey-N}, {@code roletoken-N}, so a test can tell sets apart and see that no set is mixed.
 */
public final class MetadataStandIn implements AutoCloseable {
    public static final String PATH = "/latest/meta-data/cam/security-credentials/";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final AtomicInteger sets = new AtomicInteger();
    private volatile String role = "tcgen-test-role";
    private volatile Instant expiry = Instant.now().plusSeconds(3600);
    private volatile int status = 200;
    private volatile String code = "Success";
    private volatile long delayMillis;

    public MetadataStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The role the instance has; null for none (the folder answers 404). */
    public void role(String role) {
        this.role = role;
    }

    /** The ExpiredTime of the sets handed out from now on. */
    public void expiry(Instant expiry) {
        this.expiry = expiry;
    }

    /** The HTTP status of the answers from now on (200 by default). */
    public void status(int status) {
        this.status = status;
    }

    /** The answer's Code (Success by default). */
    public void code(String code) {
        this.code = code;
    }

    /** How long each credentials answer is held back. */
    public void delayMillis(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    /** The paths asked for, in order. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** How many credentials sets were handed out. */
    public int sets() {
        return sets.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            paths.add(path);
            if (status != 200) {
                reply(exchange, status, "text/plain", "unavailable");
                return;
            }
            String current = role;
            if (path.equals(PATH)) {
                if (current == null) {
                    reply(exchange, 404, "text/plain", "");
                } else {
                    reply(exchange, 200, "text/plain", current);
                }
                return;
            }
            if (current == null || !path.equals(PATH + current)) {
                reply(exchange, 404, "text/plain", "not found");
                return;
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            int n = sets.incrementAndGet();
            reply(exchange, 200, "application/json", "{\"TmpSecretId\":\"AKIDrole-" + n + "\",\"TmpSecretKey\":\"rolekey-" + n
                    + "\",\"Token\":\"roletoken-" + n + "\",\"ExpiredTime\":" + expiry.getEpochSecond()
                    + ",\"Expiration\":\"" + expiry + "\",\"Code\":\"" + code + "\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
