package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.ClientConfigurationException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Which proxy a client's requests take, from injected environment variables and system properties. */
class ProxyChoiceTest {

    private static final URI HTTPS_API = URI.create("https://omics.tencentcloudapi.com/");
    private static final URI HTTP_API = URI.create("http://omics.internal.example:8080/");

    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();

    private String proxyFor(URI target) {
        Proxy proxy = ProxyChoice.automatic(env::get, properties::get).select(target);
        if (proxy.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void nothingSetGoesDirect() {
        assertEquals("direct", proxyFor(HTTPS_API));
        assertEquals("direct", proxyFor(HTTP_API));
    }

    @Test
    void theVariableOfTheEndpointsSchemeApplies() {
        env.put("HTTPS_PROXY", "http://secure-proxy:3128");
        env.put("HTTP_PROXY", "plain-proxy:8000");
        assertEquals("secure-proxy:3128", proxyFor(HTTPS_API));
        assertEquals("plain-proxy:8000", proxyFor(HTTP_API), "a value without scheme is an http proxy");
    }

    @Test
    void uppercaseBeforeLowercaseAndNoFallbackAcrossSchemes() {
        env.put("https_proxy", "http://lower:1");
        assertEquals("lower:1", proxyFor(HTTPS_API));
        env.put("HTTPS_PROXY", "http://upper:2");
        assertEquals("upper:2", proxyFor(HTTPS_API));
        assertEquals("direct", proxyFor(HTTP_API), "HTTPS_PROXY is not for http endpoints");
        env.put("http_proxy", "http://plain:3");
        assertEquals("plain:3", proxyFor(HTTP_API));
        env.put("HTTP_PROXY", "http://proxy-default-port");
        assertEquals("proxy-default-port:80", proxyFor(HTTP_API));
    }

    @Test
    void noProxyRules() {
        env.put("HTTPS_PROXY", "http://proxy:3128");
        env.put("NO_PROXY", "internal.example, .corp.example  tencentcloudapi.com,10.0.0.7,api.other:8443");
        assertEquals("direct", proxyFor(HTTPS_API), "a domain covers the hosts below it");
        assertEquals("direct", proxyFor(URI.create("https://tencentcloudapi.com/")), "and itself");
        assertEquals("direct", proxyFor(URI.create("https://a.b.corp.example/")));
        assertEquals("proxy:3128", proxyFor(URI.create("https://corp.example/")), "a leading dot: only the hosts below");
        assertEquals("direct", proxyFor(URI.create("https://10.0.0.7/")));
        assertEquals("proxy:3128", proxyFor(URI.create("https://10.0.0.70/")));
        assertEquals("direct", proxyFor(URI.create("https://api.other:8443/")));
        assertEquals("proxy:3128", proxyFor(URI.create("https://api.other/")), "the port must match");
        assertEquals("proxy:3128", proxyFor(URI.create("https://nottencentcloudapi.com/")), "no partial labels");
        assertEquals("direct", proxyFor(URI.create("https://127.0.0.1:9000/")), "loopback never through a proxy");
        assertEquals("direct", proxyFor(URI.create("https://localhost/")));
        assertEquals("direct", proxyFor(URI.create("https://[::1]:9000/")));
    }

    @Test
    void noProxyLowercaseWildcardAndStar() {
        env.put("HTTPS_PROXY", "http://proxy:3128");
        env.put("no_proxy", "*.tencentcloudapi.com");
        assertEquals("direct", proxyFor(HTTPS_API));
        env.put("no_proxy", "*");
        assertEquals("direct", proxyFor(URI.create("https://anything.example/")));
    }

    @Test
    void theJvmPropertiesWhenNoVariableIsSet() {
        properties.put("https.proxyHost", "jvm-secure");
        properties.put("http.proxyHost", "jvm-plain");
        properties.put("http.proxyPort", "8080");
        assertEquals("jvm-secure:443", proxyFor(HTTPS_API), "https.proxyPort defaults to 443");
        assertEquals("jvm-plain:8080", proxyFor(HTTP_API));
        assertEquals("direct", proxyFor(URI.create("http://localhost:9000/")), "the JDK's default nonProxyHosts");
        assertEquals("direct", proxyFor(URI.create("http://127.0.0.1:9000/")));

        properties.put("http.nonProxyHosts", "*.internal.example|10.*");
        assertEquals("direct", proxyFor(HTTP_API));
        assertEquals("direct", proxyFor(URI.create("https://10.1.2.3/")), "http.nonProxyHosts applies to https too");
        assertEquals("jvm-plain:8080", proxyFor(URI.create("http://127.0.0.1:9000/")), "a set nonProxyHosts replaces the default");

        env.put("HTTPS_PROXY", "http://from-env:3128");
        assertEquals("from-env:3128", proxyFor(HTTPS_API), "the environment comes first");
    }

    @Test
    void theExplicitProxyAlwaysApplies() {
        ProxyChoice choice = ProxyChoice.explicit(URI.create("http://corp-proxy:3128"), null, null);
        assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("corp-proxy", 3128)), choice.select(HTTPS_API));
        assertEquals(Proxy.Type.HTTP, choice.select(URI.create("http://127.0.0.1:8080/")).type());
        assertEquals(Proxy.NO_PROXY, ProxyChoice.direct().select(HTTPS_API));
    }

    @Test
    void unusableProxiesAreRefusedWithoutQuotingThem() {
        assertThrows(IllegalArgumentException.class, () -> ProxyChoice.explicit(URI.create("https://proxy:443"), null, null));
        assertThrows(IllegalArgumentException.class, () -> ProxyChoice.explicit(URI.create("socks5://proxy:1080"), null, null));
        IllegalArgumentException withPassword = assertThrows(IllegalArgumentException.class,
                () -> ProxyChoice.explicit(URI.create("http://user:pa55word@proxy:3128"), null, null));
        assertFalse(withPassword.getMessage().contains("pa55word"), withPassword.getMessage());

        env.put("HTTPS_PROXY", "socks5://user:env-pa55word@proxy:1080");
        ProxyChoice choice = ProxyChoice.automatic(env::get, properties::get);
        ClientConfigurationException e = assertThrows(ClientConfigurationException.class, () -> choice.checkedFor(HTTPS_API, null));
        assertTrue(e.getMessage().contains("HTTPS_PROXY must be an http:// proxy URL"), e.getMessage());
        assertFalse(e.getMessage().contains("env-pa55word"), e.getMessage());
        choice.checkedFor(HTTP_API, null); // the bad variable is not the one an http endpoint uses

        properties.put("http.proxyHost", "proxy");
        properties.put("http.proxyPort", "eighty");
        assertThrows(ClientConfigurationException.class, () -> ProxyChoice.automatic(env::get, properties::get).checkedFor(HTTP_API, null));
    }

    @Test
    void theProxyUserGoesToTheProxyOnlyAndToStringHidesThePassword() {
        ProxyChoice choice = ProxyChoice.explicit(URI.create("http://corp-proxy:3128"), "alice", "s3cret-proxy-pw");
        String expected = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret-proxy-pw".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(expected), choice.authorization(HTTP_API));
        assertEquals(Optional.of(expected), choice.authorization(HTTPS_API));
        assertTrue(choice.toString().contains("alice"), choice.toString());
        assertFalse(choice.toString().contains("s3cret-proxy-pw"), choice.toString());
        assertEquals(Optional.empty(), ProxyChoice.explicit(URI.create("http://p:1"), null, null).authorization(HTTP_API),
                "no user, no header");
    }

    @Test
    void aUserInTheVariableIsTakenDecodedAndNotSentWhenBypassed() {
        env.put("HTTP_PROXY", "http://bob:p%40ss@env-proxy:8000");
        env.put("NO_PROXY", "direct.example");
        ProxyChoice choice = ProxyChoice.automatic(env::get, properties::get);
        String expected = "Basic " + Base64.getEncoder().encodeToString("bob:p@ss".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(expected), choice.authorization(HTTP_API));
        assertEquals(Optional.empty(), choice.authorization(URI.create("http://direct.example/")), "direct: no header");
        assertEquals(Optional.empty(), choice.authorization(HTTPS_API), "HTTPS_PROXY is unset");
        assertFalse(choice.toString().contains("p@ss"));
    }

    @Test
    void aProxyUserForAnHttpsEndpointIsWarnedAboutUnlessTheJvmAllowsBasicTunnels() {
        Logger logger = Logger.getLogger(ProxyChoice.class.getName());
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(capture);
        try {
            ProxyChoice choice = ProxyChoice.explicit(URI.create("http://corp-proxy:3128"), "alice", "pw-not-logged");
            choice.checkedFor(HTTP_API, null);
            assertEquals(List.of(), warnings, "plain http: the JDK sends Basic to the proxy");
            choice.checkedFor(HTTPS_API, "");
            assertEquals(List.of(), warnings, "the JVM allows Basic in tunnels");
            choice.checkedFor(HTTPS_API, null);
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).contains("-Djdk.http.auth.tunneling.disabledSchemes"), warnings.get(0));
            assertFalse(warnings.get(0).contains("pw-not-logged"));
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void basicForTunnelsIsOffUnlessTheJvmIsToldOtherwise() {
        assertTrue(ProxyChoice.tunnelBasicDisabled(null), "the JDK's default disables Basic for CONNECT");
        assertTrue(ProxyChoice.tunnelBasicDisabled("Digest, basic"));
        assertFalse(ProxyChoice.tunnelBasicDisabled(""));
    }
}
