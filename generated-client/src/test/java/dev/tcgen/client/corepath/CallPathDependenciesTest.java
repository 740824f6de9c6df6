package dev.tcgen.client.corepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.sun.net.httpserver.HttpServer;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The call path needs jackson-core and nothing of databind: a call runs in a class loader that holds only the
 * generated client's classes, this test's driver and jackson-core. (databind stays a declared dependency for
 * {@code …AsJson()}, the sandbox, STS and instance-role credentials and TRACE masking; see the README.)
 */
@Timeout(30)
class CallPathDependenciesTest {

    @Test
    void aCallRunsWithJacksonCoreAlone() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"Response\":{\"Calls\":[{\"RunId\":\"r-7\",\"CallCached\":true,\"Extra\":{\"A\":[1]}}],\"RequestId\":\"q-1\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (URLClassLoader coreOnly = new URLClassLoader(new URL[] {
                location(OmicsClient.class), location(CallWithoutDatabind.class), location(JsonFactory.class)},
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> coreOnly.loadClass("com.fasterxml.jackson.databind.ObjectMapper"), "databind must be out of reach");
            @SuppressWarnings("unchecked")
            Function<URI, String> call = (Function<URI, String>) coreOnly.loadClass(CallWithoutDatabind.class.getName())
                    .getConstructor().newInstance();
            assertEquals("1 r-7 true q-1", call.apply(URI.create("http://127.0.0.1:" + server.getAddress().getPort())));
        } finally {
            server.stop(0);
        }
    }

    private static URL location(Class<?> type) throws URISyntaxException, java.net.MalformedURLException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }
}
