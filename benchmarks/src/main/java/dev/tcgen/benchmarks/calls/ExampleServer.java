package dev.tcgen.benchmarks.calls;

import com.sun.net.httpserver.HttpServer;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The one fast local server of the call benchmark: answers every POST with the first example response of
 * GetRunCalls from the spec, as fast as the JDK server allows. Start it with
 * {@code -Dsun.net.httpserver.nodelay=true}, or each call waits ~40 ms on delayed ACKs.
 *
 * <p>Usage: {@code ExampleServer SPEC.yaml PORT} (0 picks a free port); prints {@code listening on PORT}.
 */
public final class ExampleServer {

    private ExampleServer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExampleServer SPEC.yaml PORT");
            System.exit(2);
        }
        byte[] answer = exampleResponse(Path.of(args[0]), "GetRunCalls");
        HttpServer server = start(Integer.parseInt(args[1]), answer);
        System.out.println("listening on " + server.getAddress().getPort());
    }

    public static HttpServer start(int port, byte[] answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        return server;
    }

    /** The first example response of {@code actionName}, exactly as the spec holds it. */
    public static byte[] exampleResponse(Path spec, String actionName) {
        Generator.Loaded loaded = new Generator().load(List.of(spec));
        Model model = loaded.model().orElseThrow(() -> new IllegalArgumentException(
                spec + " does not load: " + loaded.diagnostics().problems()));
        Action action = model.services().get(0).actions().stream()
                .filter(a -> a.name().equals(actionName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(spec + " has no action " + actionName));
        return action.examples().get(0).responseJson().getBytes(StandardCharsets.UTF_8);
    }
}
