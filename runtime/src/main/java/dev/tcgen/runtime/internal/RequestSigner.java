package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sign stage: the HTTP request of one attempt, signed with the current credentials and a fresh timestamp
 * (by the server's clock once it is known to differ from ours). The signed Content-Type is the very string sent;
 * Host is the value the HTTP client derives from the endpoint.
 */
final class RequestSigner {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final String REQUEST_CLIENT = "tcgen";

    private static final Map.Entry<String, List<String>> CONTENT_TYPE_LINE = SignedRequest.Lines.line("Content-Type", CONTENT_TYPE);

    private static final Map.Entry<String, List<String>> REQUEST_CLIENT_LINE =
            SignedRequest.Lines.line("X-TC-RequestClient", REQUEST_CLIENT);

    /** The lines every request has beside its own, and at most one each of region, language and token. */
    private static final int LINES = 9;

    private final ClientSettings settings;

    private final URI endpoint;

    private final Tc3Signer signer;

    private final ClockSkew clock;

    /** What is signed beside the body: the same on every call. */
    private final Map<String, String> signedHeaders;

    /** HTTP/1.1 for plain HTTP; empty (the client's choice) for HTTPS. */
    private final Optional<HttpClient.Version> version;

    private final Map.Entry<String, List<String>> versionLine;

    /** The client's {@code X-TC-Region} and {@code X-TC-Language} lines; null when it has none. */
    private final Map.Entry<String, List<String>> regionLine;

    private final Map.Entry<String, List<String>> languageLine;

    /** Whether those passed the JDK's header checks; if not, every call fails on them, as before any was sent. */
    private final boolean clientLinesChecked;

    /** {@code Proxy-Authorization} for every request, when the client's own HttpClient uses a proxy user; else null. */
    private final String proxyAuthorization;

    /** The last security token the JDK's header checks passed; tokens change only when credentials are renewed. */
    private volatile String checkedToken;

    RequestSigner(ClientSettings settings, URI endpoint, ClockSkew clock, ProxyChoice proxies) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.signer = new Tc3Signer(settings.service().name());
        this.clock = clock;
        this.signedHeaders = Map.of("Content-Type", CONTENT_TYPE, "Host", hostHeader(endpoint));
        // Plain HTTP/2 would first try an h2c upgrade; API servers speak HTTP/1.1 or TLS.
        this.version = endpoint.getScheme().equals("http") ? Optional.of(HttpClient.Version.HTTP_1_1) : Optional.empty();
        this.versionLine = SignedRequest.Lines.line("X-TC-Version", settings.service().version());
        this.regionLine = settings.region().map(region -> SignedRequest.Lines.line("X-TC-Region", region)).orElse(null);
        this.languageLine = settings.language().map(language -> SignedRequest.Lines.line("X-TC-Language", language)).orElse(null);
        this.clientLinesChecked = passesChecks(regionLine) && passesChecks(languageLine);
        this.proxyAuthorization = proxies.authorization(endpoint).orElse(null);
    }

    /**
     * The request of the next attempt of {@code call}, which waits at most {@code timeout} for its headers;
     * {@code extraHeaders} (from interceptors) are sent and signed with the rest.
     */
    HttpRequest sign(PreparedCall<?> call, Duration timeout, Map<String, String> extraHeaders) {
        Credentials credentials = settings.credentials().credentials();
        long timestamp = clock.timestamp();
        String authorization = signer.authorization(credentials, timestamp, "POST", "", signedHeaders, call.body());
        CallOptions options = call.options();
        Map<String, String> optionHeaders = options.headers();
        SignedRequest.Lines lines = new SignedRequest.Lines(LINES + optionHeaders.size() + extraHeaders.size());
        lines.add("Authorization", authorization);
        lines.add(CONTENT_TYPE_LINE);
        lines.add("X-TC-Action", call.action());
        lines.add(versionLine);
        lines.add("X-TC-Timestamp", Long.toString(timestamp));
        lines.add(REQUEST_CLIENT_LINE);
        addOwnOrClients(lines, "X-TC-Region", options.region(), regionLine);
        addOwnOrClients(lines, "X-TC-Language", options.language(), languageLine);
        Optional<String> token = credentials.token();
        if (token.isPresent()) {
            String value = token.get();
            if (value != checkedToken) {
                checkedLine("X-TC-Token", value);
                checkedToken = value;
            }
            lines.add("X-TC-Token", value);
        }
        appendChecked(lines, optionHeaders);
        appendChecked(lines, extraHeaders);
        if (proxyAuthorization != null) {
            lines.append("Proxy-Authorization", proxyAuthorization);
        }
        return new SignedRequest(endpoint, timeout, call.body(), version, lines);
    }

    /** The call's own value of a header when it has one, else the client's line (none when null). */
    private void addOwnOrClients(SignedRequest.Lines lines, String name, Optional<String> own,
            Map.Entry<String, List<String>> clients) {
        if (own.isPresent()) {
            lines.add(checkedLine(name, own.get()));
        } else if (clients != null) {
            lines.add(clientLinesChecked ? clients : checkedLine(name, clients.getValue().get(0)));
        }
    }

    private static boolean passesChecks(Map.Entry<String, List<String>> line) {
        if (line == null) {
            return true;
        }
        try {
            checkedLine(line.getKey(), line.getValue().get(0));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void appendChecked(SignedRequest.Lines lines, Map<String, String> headers) {
        if (headers.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            checkedLine(header.getKey(), header.getValue());
            lines.append(header.getKey(), header.getValue());
        }
    }

    /**
     * The line of a value from outside this class, after the checks {@code HttpRequest.Builder} makes (a restricted
     * name such as Connection, a value that would break the framing), so that such a header fails the call before
     * anything is sent, with the builder's {@link IllegalArgumentException}, as when every request was built by it.
     */
    private static Map.Entry<String, List<String>> checkedLine(String name, String value) {
        HttpRequest.newBuilder().header(name, value);
        return SignedRequest.Lines.line(name, value);
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
