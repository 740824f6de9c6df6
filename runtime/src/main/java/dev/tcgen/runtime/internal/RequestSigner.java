package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The sign stage: the HTTP request of one attempt, signed with the current credentials and a fresh timestamp
 * (by the server's clock once it is known to differ from ours). The signed Content-Type is the very string sent;
 * Host is the value the HTTP client derives from the endpoint.
 */
final class RequestSigner {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final String REQUEST_CLIENT = "tcgen";

    private final ClientSettings settings;

    private final URI endpoint;

    private final String host;

    private final Tc3Signer signer;

    private final ClockSkew clock;

    /** {@code Proxy-Authorization} for every request, when the client's own HttpClient uses a proxy user; else null. */
    private final String proxyAuthorization;

    RequestSigner(ClientSettings settings, URI endpoint, ClockSkew clock, ProxyChoice proxies) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.host = hostHeader(endpoint);
        this.signer = new Tc3Signer(settings.service().name());
        this.clock = clock;
        this.proxyAuthorization = proxies.authorization(endpoint).orElse(null);
    }

    /**
     * The request of the next attempt of {@code call}, which waits at most {@code timeout} for its headers;
     * {@code extraHeaders} (from interceptors) are sent and signed with the rest.
     */
    HttpRequest sign(PreparedCall<?> call, Duration timeout, Map<String, String> extraHeaders) {
        Credentials credentials = settings.credentials().credentials();
        long timestamp = clock.timestamp();
        String authorization = signer.authorization(credentials, timestamp, "POST", "",
                Map.of("Content-Type", CONTENT_TYPE, "Host", host), call.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()))
                .header("Authorization", authorization)
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", call.action())
                .header("X-TC-Version", settings.service().version())
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-RequestClient", REQUEST_CLIENT);
        call.options().region().or(settings::region).ifPresent(region -> request.header("X-TC-Region", region));
        call.options().language().or(settings::language).ifPresent(language -> request.header("X-TC-Language", language));
        credentials.token().ifPresent(token -> request.header("X-TC-Token", token));
        call.options().headers().forEach(request::header);
        extraHeaders.forEach(request::header);
        if (proxyAuthorization != null) {
            request.header("Proxy-Authorization", proxyAuthorization);
        }
        if (endpoint.getScheme().equals("http")) {
            // Plain HTTP/2 would first try an h2c upgrade; API servers speak HTTP/1.1 or TLS.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        return request.build();
    }

    /**
     * The endpoint with path {@code /}; rejects what the API cannot be reached at.
     */
    static URI rootEndpoint(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the endpoint must be an http or https URL with a host, not " + endpoint);
        }
        String path = endpoint.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || endpoint.getRawQuery() != null) {
            throw new IllegalArgumentException("the endpoint must have no path or query (calls go to /), not " + endpoint);
        }
        return URI.create(scheme.toLowerCase(Locale.ROOT) + "://" + endpoint.getRawAuthority() + "/");
    }

    /**
     * The Host header {@code java.net.http} sends for {@code endpoint} (it sets Host itself): the port
     * appears only when it is not the scheme's default. The signature must cover exactly this value.
     */
    static String hostHeader(URI endpoint) {
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || port == (endpoint.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        return defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + port;
    }
}
