package dev.tcgen.runtime.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client's calls through a local forward proxy that counts what passes. */
@Timeout(30)
class ProxyTest {

    private static final String PASSWORD = "proxy-pa55-7d1e";

    private FakeTencentCloud server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientSettings.Builder<PingClient> client() {
        return PingClient.builder().endpoint(server.endpoint()).retryPolicy(RetryPolicy.none())
                .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY));
    }

    @Test
    void callsGoThroughTheProxySet() throws Exception {
        try (CountingProxy proxy = new CountingProxy(null, null)) {
            PingClient client = client().proxy(proxy.uri()).build();
            client.ping(new PingRequest("one"));
            client.pingAsync(new PingRequest("two")).join();
            assertEquals(2, proxy.forwarded());
            assertEquals(List.of(server.endpoint() + "/", server.endpoint() + "/"), proxy.targets(), "absolute-URI forwards");
            assertEquals(2, server.received().size(), "the signature still checks after the proxy");
            assertEquals(0, server.rejectedForSignature());
        }
    }

    @Test
    void theProxyUserGoesToTheProxyAndNoFurther() throws Exception {
        try (CountingProxy proxy = new CountingProxy("alice", PASSWORD)) {
            ClientSettings.Builder<PingClient> builder = client().proxy(proxy.uri(), "alice", PASSWORD);
            PingClient client = builder.build();
            client.ping(new PingRequest("one"));
            client.ping(new PingRequest("two"));
            assertEquals(2, proxy.forwarded());
            assertEquals(0, proxy.challenged(), "the credentials go with every request, before any 407");
            assertEquals(2, server.received().size());
        }
    }

    @Test
    void aWrongProxyPasswordFailsAsTransportWithoutShowingIt() throws Exception {
        try (CountingProxy proxy = new CountingProxy("alice", "the-right-one")) {
            PingClient client = client().proxy(proxy.uri(), "alice", PASSWORD).build();
            TencentCloudTransportException e = assertThrows(TencentCloudTransportException.class,
                    () -> client.ping(new PingRequest("one")));
            assertEquals(TencentCloudTransportException.Kind.HTTP_STATUS, e.kind());
            assertTrue(e.getMessage().contains("HTTP 407"), e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD));
            assertEquals(0, proxy.forwarded());
            assertEquals(0, server.hits());
        }
    }

    @Test
    void withoutAProxyLoopbackGoesDirect() throws Exception {
        try (CountingProxy proxy = new CountingProxy(null, null)) {
            client().build().ping(new PingRequest("one"));
            assertEquals(0, proxy.forwarded());
            assertEquals(1, server.received().size());
        }
    }

    @Test
    void theJvmsHttpProxyHostIsHonoured() throws Exception {
        String[] names = {"http.proxyHost", "http.proxyPort", "http.nonProxyHosts"};
        String[] saved = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            saved[i] = System.getProperty(names[i]);
        }
        try (CountingProxy proxy = new CountingProxy(null, null)) {
            System.setProperty("http.proxyHost", "127.0.0.1");
            System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
            System.setProperty("http.nonProxyHosts", "nothing.example");
            PingClient client = client().build();
            for (int i = 0; i < names.length; i++) {
                restore(names[i], saved[i]);
            }
            client.ping(new PingRequest("one"));
            assertEquals(1, proxy.forwarded(), "the properties at build time decide");
        } finally {
            for (int i = 0; i < names.length; i++) {
                restore(names[i], saved[i]);
            }
        }
    }

    @Test
    void theSettingsKeepThePasswordToThemselves() {
        ClientSettings.Builder<PingClient> builder = client();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.proxy(URI.create("http://alice:" + PASSWORD + "@proxy:3128")));
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.proxy(URI.create("https://proxy:3128")));
        ClientSettings[] built = new ClientSettings[1];
        ClientSettings.builder(new ServiceDescription(PingClient.SERVICE, PingClient.VERSION, PingClient.DEFAULT_ENDPOINT,
                Map.of(), TencentCloudException::new), settings -> built[0] = settings)
                .proxy(URI.create("http://proxy:3128"), "alice", PASSWORD).build();
        assertEquals(URI.create("http://proxy:3128"), built[0].proxy().orElseThrow());
        assertEquals("alice", built[0].proxyUser().orElseThrow());
        assertEquals(PASSWORD, built[0].proxyPassword().orElseThrow());
        assertFalse(built[0].toString().contains(PASSWORD));
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
