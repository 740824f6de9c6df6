package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.ClientConfigurationException;
import dev.tcgen.runtime.ClientSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which proxy, if any, a client's requests go through, decided once per client: the proxy set on the client
 * builder; else, by the endpoint's scheme, {@code HTTPS_PROXY}/{@code https_proxy} or {@code HTTP_PROXY}/{@code
 * http_proxy} unless {@code NO_PROXY}/{@code no_proxy} names the host; else the JVM's {@code https.proxyHost} or
 * {@code http.proxyHost} unless {@code http.nonProxyHosts} names it; else none. Loopback hosts never go through a
 * proxy taken from the environment. Yields the {@link ProxySelector} of the HttpClient the runtime builds and, for
 * a proxy user, the {@code Proxy-Authorization} value its requests carry.
 *
 * <p>A password never appears in {@link #toString()} or in messages. Note that the JDK's HttpClient leaves Basic
 * credentials out of the CONNECT that opens the tunnel to an https endpoint unless the JVM runs with
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=""}; plain-http endpoints need nothing.
 */
public final class ProxyChoice {

    /** The JDK's own default of {@code http.nonProxyHosts}. */
    static final String DEFAULT_NON_PROXY_HOSTS = "localhost|127.*|[::1]|0.0.0.0|[::0]";

    private static final System.Logger LOG = System.getLogger(ProxyChoice.class.getName());

    private static final ProxyChoice DIRECT = new ProxyChoice(Route.direct(), Route.direct());

    private final Route https;

    private final Route http;

    private ProxyChoice(Route https, Route http) {
        this.https = https;
        this.http = http;
    }

    /**
     * For a client with {@code settings}: their proxy, else the one this JVM's environment and system
     * properties name for the endpoint. Throws {@link ClientConfigurationException} when the variable or property
     * that applies is no usable proxy URL.
     *
     * @param settings the client's settings
     * @return the proxy choice for the client
     */
    public static ProxyChoice forClient(ClientSettings settings) {
        ProxyChoice choice = settings.proxy().isPresent()
                ? explicit(settings.proxy().get(), settings.proxyUser().orElse(null), settings.proxyPassword().orElse(null))
                : automatic(System::getenv, System::getProperty);
        return choice.checkedFor(settings.endpoint(), System.getProperty("jdk.http.auth.tunneling.disabledSchemes"));
    }

    /**
     * This choice, for a client of {@code endpoint}: throws {@link ClientConfigurationException} when the proxy that
     * applies is unusable, and warns when the JDK will not pass the proxy user's Basic credentials on ({@code disabledSchemes} is the
     * value of {@code jdk.http.auth.tunneling.disabledSchemes}).
     */
    ProxyChoice checkedFor(URI endpoint, String disabledSchemes) {
        Route route = route(endpoint);
        if (route.problem != null) {
            throw new ClientConfigurationException(route.problem);
        }
        if (route.user != null && "https".equalsIgnoreCase(endpoint.getScheme()) && tunnelBasicDisabled(disabledSchemes)) {
            LOG.log(System.Logger.Level.WARNING, "the proxy user for " + endpoint.getHost()
                    + " is not sent: the JDK leaves Basic credentials out of https tunnels (CONNECT) unless the JVM"
                    + " runs with -Djdk.http.auth.tunneling.disabledSchemes=\"\"");
        }
        return this;
    }

    /**
     * Always {@code proxy} (an {@code http://host:port} URL without user info), with {@code user} and {@code
     * password} for its Basic challenge when both are given. Throws {@link IllegalArgumentException} for another URL.
     *
     * @param proxy the proxy URL
     * @param user the proxy user, or null for none
     * @param password the user's password, or null
     * @return the choice
     */
    public static ProxyChoice explicit(URI proxy, String user, String password) {
        Route route = Route.parse(proxy.toString(), "the proxy", ProxyBypass.NONE, false);
        if (route.problem != null) {
            throw new IllegalArgumentException(route.problem);
        }
        if (proxy.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the proxy URL must not hold a user or password: give them to proxy(URI, user, password)");
        }
        Route withUser = user == null || user.isEmpty() ? route : route.withUser(user, password == null ? "" : password);
        return new ProxyChoice(withUser, withUser);
    }

    /**
     * What {@code environment} and {@code properties} (name to value, null when unset; e.g. {@code System::getenv},
     * {@code System::getProperty}) say, by scheme.
     *
     * @param environment variable name to value, null when unset
     * @param properties system property name to value, null when unset
     * @return the choice
     */
    public static ProxyChoice automatic(Function<String, String> environment, Function<String, String> properties) {
        ProxyBypass noProxy = ProxyBypass.noProxy(first(environment, "NO_PROXY", "no_proxy"));
        return new ProxyChoice(
                fromEnvironmentOrProperties(environment, properties, "https", noProxy),
                fromEnvironmentOrProperties(environment, properties, "http", noProxy));
    }

    /**
     * No proxy, whatever the environment says.
     *
     * @return the choice that never uses a proxy
     */
    public static ProxyChoice direct() {
        return DIRECT;
    }

    private static Route fromEnvironmentOrProperties(Function<String, String> environment,
            Function<String, String> properties, String scheme, ProxyBypass noProxy) {
        String upper = scheme.toUpperCase(Locale.ROOT) + "_PROXY";
        String lower = scheme + "_proxy";
        String fromEnvironment = environment.apply(upper);
        String variable = upper;
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            fromEnvironment = environment.apply(lower);
            variable = lower;
        }
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Route.parse(fromEnvironment.strip(), "the environment variable " + variable, noProxy, true);
        }
        String host = properties.apply(scheme + ".proxyHost");
        if (host == null || host.isBlank()) {
            return Route.direct();
        }
        String port = properties.apply(scheme + ".proxyPort");
        int number;
        try {
            number = port == null || port.isBlank() ? (scheme.equals("https") ? 443 : 80) : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            return Route.invalid("the system property " + scheme + ".proxyPort is no port number: " + port);
        }
        if (number < 1 || number > 65535) {
            return Route.invalid("the system property " + scheme + ".proxyPort is no port number: " + port);
        }
        String nonProxyHosts = properties.apply("http.nonProxyHosts");
        return Route.proxy(host.strip(), number, ProxyBypass.nonProxyHosts(nonProxyHosts == null ? DEFAULT_NON_PROXY_HOSTS : nonProxyHosts));
    }

    private static String first(Function<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Whether the JDK leaves Basic out of CONNECT tunnels with this value of the property (null: its default, Basic). */
    static boolean tunnelBasicDisabled(String disabledSchemes) {
        if (disabledSchemes == null) {
            return true;
        }
        for (String scheme : disabledSchemes.split(",")) {
            if (scheme.strip().equalsIgnoreCase("Basic")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The proxy for a request to {@code target}; {@link Proxy#NO_PROXY} to go direct.
     *
     * @param target where the request goes
     * @return the proxy, or {@link Proxy#NO_PROXY}
     */
    public Proxy select(URI target) {
        Route route = route(target);
        if (route.address == null || route.problem != null || route.bypass.matches(target)) {
            return Proxy.NO_PROXY;
        }
        return new Proxy(Proxy.Type.HTTP, route.address);
    }

    /**
     * The selector that answers {@link #select(URI)}.
     *
     * @return the selector
     */
    public ProxySelector selector() {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(ProxyChoice.this.select(uri));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                // One proxy per scheme: there is nothing else to fall back to.
            }

            @Override
            public String toString() {
                return ProxyChoice.this.toString();
            }
        };
    }

    /**
     * {@code builder} with {@link #selector()}.
     *
     * @param builder the HttpClient builder
     * @return {@code builder}
     */
    public HttpClient.Builder configure(HttpClient.Builder builder) {
        return builder.proxy(selector());
    }

    /**
     * The {@code Proxy-Authorization} value (Basic) to send with every request to {@code endpoint}; empty when its
     * requests go direct or the proxy has no user. Sent by the caller rather than through an {@link
     * java.net.Authenticator}: Java 17's HttpClient drops the request's own {@code Authorization} header (the TC3
     * signature) whenever an authenticator is set. The HttpClient sends it to the proxy only, never to the server.
     *
     * @param endpoint where the requests go
     * @return the header value, if any
     */
    public Optional<String> authorization(URI endpoint) {
        Route route = route(endpoint);
        if (route.user == null || select(endpoint).type() == Proxy.Type.DIRECT) {
            return Optional.empty();
        }
        String pair = route.user + ":" + route.password;
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    private Route route(URI target) {
        return "https".equalsIgnoreCase(target.getScheme()) ? https : http;
    }

    /** The proxies by scheme, their users but never a password. */
    @Override
    public String toString() {
        return "ProxyChoice[https " + https + ", http " + http + "]";
    }

    /** One scheme's proxy (or none, or why the configured one is unusable), its bypass rules and user. */
    private static final class Route {
        final InetSocketAddress address;
        final ProxyBypass bypass;
        final String user;
        final String password;
        final String problem;

        private Route(InetSocketAddress address, ProxyBypass bypass, String user, String password, String problem) {
            this.address = address;
            this.bypass = bypass;
            this.user = user;
            this.password = password;
            this.problem = problem;
        }

        static Route direct() {
            return new Route(null, ProxyBypass.NONE, null, null, null);
        }

        static Route invalid(String problem) {
            return new Route(null, ProxyBypass.NONE, null, null, problem);
        }

        static Route proxy(String host, int port, ProxyBypass bypass) {
            return new Route(InetSocketAddress.createUnresolved(host, port), bypass, null, null, null);
        }

        Route withUser(String user, String password) {
            return new Route(address, bypass, user, password, problem);
        }

        /**
         * {@code [http://][user:password@]host[:port]}; {@code source} names where it came from in messages, which
         * never quote the value (it may hold a password). With {@code userInfo}, a user in the URL is taken.
         */
        static Route parse(String value, String source, ProxyBypass bypass, boolean userInfo) {
            String text = value.contains("://") ? value : "http://" + value;
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                return invalid(source + " is no proxy URL (expected http://host:port)");
            }
            if (!"http".equalsIgnoreCase(uri.getScheme())) {
                return invalid(source + " must be an http:// proxy URL (Java's HttpClient speaks to proxies in plain"
                        + " HTTP only), not " + uri.getScheme() + "://");
            }
            if (uri.getHost() == null || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null) {
                return invalid(source + " is no proxy URL (expected http://host:port)");
            }
            Route route = proxy(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort(), bypass);
            String info = uri.getRawUserInfo();
            if (userInfo && info != null && !info.isEmpty()) {
                int colon = info.indexOf(':');
                String user = decode(colon < 0 ? info : info.substring(0, colon));
                String password = colon < 0 ? "" : decode(info.substring(colon + 1));
                return route.withUser(user, password);
            }
            return route;
        }

        private static String decode(String text) {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            if (problem != null) {
                return "unusable";
            }
            if (address == null) {
                return "direct";
            }
            return "via " + address.getHostString() + ":" + address.getPort() + (user == null ? "" : " as " + user);
        }
    }
}
