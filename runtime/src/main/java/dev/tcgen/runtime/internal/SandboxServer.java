package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.SandboxAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for a Tencent Cloud API 3.0 service, on loopback; each service's sandbox class
 * starts one with what its spec says. Thread-safe.
 *
 * <p>Each request is checked as the service checks it, the first failure answered as an API error:
 * the action and version ({@code InvalidAction}, {@code NoSuchVersion}); the TC3-HMAC-SHA256
 * signature ({@code AuthFailure.*}); the action's rate limit ({@code RequestLimitExceeded}); the
 * region where required and the parameters ({@code MissingParameter}, {@code UnknownParameter},
 * {@code InvalidParameterValue}). Then the fitting canned answer is sent, or {@code ResourceNotFound}
 * naming the request it has no answer for. Every answer carries a fresh RequestId.
 */
public final class SandboxServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * How far a request's timestamp may be off the server's clock, as Tencent Cloud allows.
     */
    private static final long MAX_CLOCK_SKEW_SECONDS = 300;

    private static final long WINDOW_MILLIS = 1000;

    private final Settings settings;

    private final HttpServer server;

    private final ExecutorService executor;

    private final URI endpoint;

    /**
     * When the last second's accepted calls arrived (clock millis), by action; each guarded by itself.
     */
    private final Map<String, Deque<Long>> recentCalls = new ConcurrentHashMap<>();

    private final AtomicLong requests = new AtomicLong();

    private SandboxServer(Settings settings) throws IOException {
        this.settings = settings;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "tcgen-" + settings.service() + "-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        String host = loopback.getHostAddress();
        this.endpoint = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + server.getAddress().getPort());
    }

    /**
     * Starts a server on a free loopback port; throws {@link UncheckedIOException} when none can be bound.
     *
     * @param settings what the server accepts and answers
     * @return the running server
     */
    public static SandboxServer start(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        try {
            SandboxServer sandbox = new SandboxServer(settings);
            sandbox.server.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + settings.service() + " sandbox on loopback", e);
        }
    }

    /**
     * Where to send calls, e.g. {@code http://127.0.0.1:49152}.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * The only credentials whose signatures this server accepts.
     *
     * @return the credentials
     */
    public Credentials credentials() {
        return settings.credentials();
    }

    /**
     * How many requests arrived so far, answered or refused.
     *
     * @return the count
     */
    public long requestCount() {
        return requests.get();
    }

    /**
     * Stops listening at once and releases the server's threads.
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            ObjectNode response;
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                requests.incrementAndGet();
                response = answer(exchange, body);
            } catch (IOException | RuntimeException e) {
                response = error(new SandboxRules.Violation("InternalError", "The sandbox failed to answer: " + e));
            }
            response.put("RequestId", UUID.randomUUID().toString());
            ObjectNode envelope = MAPPER.createObjectNode();
            envelope.set("Response", response);
            byte[] bytes = MAPPER.writeValueAsBytes(envelope);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } finally {
            exchange.close();
        }
    }

    /**
     * The content of {@code Response} for one request, but for its RequestId.
     */
    private ObjectNode answer(HttpExchange exchange, byte[] body) {
        Headers headers = exchange.getRequestHeaders();
        if (!exchange.getRequestMethod().equals("POST")) {
            return error(new SandboxRules.Violation("UnsupportedProtocol",
                    "The sandbox takes POST requests with a JSON body, not " + exchange.getRequestMethod() + "."));
        }
        String actionName = headers.getFirst("X-TC-Action");
        if (actionName == null || actionName.isBlank()) {
            return error(new SandboxRules.Violation("MissingParameter", "The request is missing the X-TC-Action header."));
        }
        SandboxRules.Action action = settings.actions().get(actionName);
        if (action == null) {
            return error(new SandboxRules.Violation("InvalidAction", "The action `" + actionName + "` is not part of "
                    + settings.service() + " " + settings.version() + "."));
        }
        String version = headers.getFirst("X-TC-Version");
        if (version == null || version.isBlank()) {
            return error(new SandboxRules.Violation("MissingParameter", "The request is missing the X-TC-Version header."));
        }
        if (!version.equals(settings.version())) {
            return error(new SandboxRules.Violation("NoSuchVersion", "The API version `" + version + "` does not exist; this sandbox serves "
                    + settings.service() + " " + settings.version() + "."));
        }
        SandboxRules.Violation violation = authenticate(exchange, headers, body);
        if (violation == null) {
            violation = withinRateLimit(action);
        }
        String region = headers.getFirst("X-TC-Region");
        if (violation == null && action.regionRequired() && (region == null || region.isBlank())) {
            violation = new SandboxRules.Violation("MissingParameter", "The action `" + actionName
                    + "` requires a region: the X-TC-Region header is missing.");
        }
        if (violation != null) {
            return error(violation);
        }
        JsonNode parameters;
        try {
            parameters = body.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(body);
        } catch (IOException e) {
            return error(new SandboxRules.Violation("InvalidParameter", "The request body is not valid JSON."));
        }
        if (parameters == null || !parameters.isObject()) {
            return error(new SandboxRules.Violation("InvalidParameter", "The request body must be a JSON object."));
        }
        violation = SandboxRules.check(parameters, action.parameters(), settings.types());
        if (violation == null && action.paging() != null) {
            violation = SandboxPaging.check(parameters, action.paging());
        }
        if (violation != null) {
            return error(violation);
        }
        // A paginated action's answer holds every item; it fits any page of the query, and is sliced to the one asked.
        SandboxAnswers.Answer answer = SandboxAnswers.find(settings.answers(), actionName,
                action.paging() == null ? parameters : SandboxPaging.withoutPosition(parameters, action.paging()));
        if (answer == null) {
            return error(new SandboxRules.Violation("ResourceNotFound", "The sandbox has no answer for " + actionName + " with "
                    + parameters + "; add one with an answers file or the sandbox builder's answer(...)."));
        }
        return action.paging() == null ? answer.response().deepCopy()
                : SandboxPaging.page(answer.response(), parameters, action.paging());
    }

    /**
     * Why the request's TC3-HMAC-SHA256 signature is refused, or null when it is good: the signature is
     * computed again from the headers the request says it signed and the exact body bytes received.
     */
    private SandboxRules.Violation authenticate(HttpExchange exchange, Headers headers,
            byte[] body) {
        String authorization = headers.getFirst("Authorization");
        if (authorization == null || !authorization.startsWith(Tc3Signer.ALGORITHM + " ")) {
            return new SandboxRules.Violation("AuthFailure.InvalidAuthorization",
                    "The Authorization header is missing or does not start with " + Tc3Signer.ALGORITHM + ".");
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : authorization.substring(Tc3Signer.ALGORITHM.length() + 1).split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        String[] scope = parts.getOrDefault("Credential", "").split("/");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (scope.length != 4 || !scope[3].equals("tc3_request") || signedHeaders == null || signature == null) {
            return new SandboxRules.Violation("AuthFailure.InvalidAuthorization", "The Authorization header must give"
                    + " Credential=SecretId/Date/Service/tc3_request, SignedHeaders and Signature.");
        }
        Credentials credentials = settings.credentials();
        if (!scope[0].equals(credentials.secretId())) {
            return new SandboxRules.Violation("AuthFailure.SecretIdNotFound", "The SecretId `" + scope[0]
                    + "` is not known to this sandbox; sign with the sandbox's credentials().");
        }
        String timestampHeader = headers.getFirst("X-TC-Timestamp");
        if (timestampHeader == null || timestampHeader.isBlank()) {
            return new SandboxRules.Violation("MissingParameter", "The request is missing the X-TC-Timestamp header.");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return new SandboxRules.Violation("InvalidParameterValue", "X-TC-Timestamp must be Unix seconds, not `" + timestampHeader + "`.");
        }
        long now = settings.clock().instant().getEpochSecond();
        if (Math.abs(now - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
            return new SandboxRules.Violation("AuthFailure.SignatureExpire", "The request's timestamp " + timestamp
                    + " is more than five minutes off the sandbox's clock (" + now + ").");
        }
        String expectedScope = Tc3Signer.date(timestamp) + "/" + settings.service();
        if (!(scope[1] + "/" + scope[2]).equals(expectedScope)) {
            return new SandboxRules.Violation("AuthFailure.SignatureFailure", "The credential scope " + scope[1] + "/" + scope[2]
                    + " does not fit the request; expected " + expectedScope + ".");
        }
        List<String> signedNames = List.of(signedHeaders.split(";"));
        if (!signedNames.contains("content-type") || !signedNames.contains("host")) {
            return new SandboxRules.Violation("AuthFailure.InvalidAuthorization", "SignedHeaders must include content-type and host.");
        }
        Map<String, String> signed = new HashMap<>();
        for (String header : signedNames) {
            String value = headers.getFirst(header);
            if (value == null) {
                return new SandboxRules.Violation("AuthFailure.InvalidAuthorization", "The signed header " + header + " was not sent.");
            }
            signed.put(header, value);
        }
        String query = exchange.getRequestURI().getRawQuery();
        String canonical = Tc3Signer.canonicalRequest(exchange.getRequestMethod(), query == null ? "" : query, signed, body);
        String expected = Tc3Signer.signature(Tc3Signer.deriveSigningKey(credentials.secretKey(), scope[1], settings.service()),
                Tc3Signer.stringToSign(timestamp, settings.service(), canonical));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return new SandboxRules.Violation("AuthFailure.SignatureFailure", "The signature does not match: check the SecretKey,"
                    + " and that the headers and body signed are exactly those sent.");
        }
        String token = headers.getFirst("X-TC-Token");
        if (!Objects.equals(credentials.token().orElse(null), token == null || token.isBlank() ? null : token.strip())) {
            return new SandboxRules.Violation("AuthFailure.TokenFailure", "The X-TC-Token header does not fit the sandbox's credentials.");
        }
        return null;
    }

    /**
     * Counts the call against its action's limit; refuses it when the last second is full.
     */
    private SandboxRules.Violation withinRateLimit(SandboxRules.Action action) {
        if (action.rateLimit() <= 0) {
            return null;
        }
        Deque<Long> calls = recentCalls.computeIfAbsent(action.name(), ignored -> new ArrayDeque<>());
        long now = settings.clock().millis();
        synchronized (calls) {
            while (!calls.isEmpty() && now - calls.peekFirst() >= WINDOW_MILLIS) {
                calls.removeFirst();
            }
            if (calls.size() >= action.rateLimit()) {
                return new SandboxRules.Violation("RequestLimitExceeded", "More than " + action.rateLimit() + " "
                        + action.name() + " requests in one second.");
            }
            calls.addLast(now);
        }
        return null;
    }

    private static ObjectNode error(SandboxRules.Violation violation) {
        ObjectNode response = MAPPER.createObjectNode();
        response.putObject("Error").put("Code", violation.code()).put("Message", violation.message());
        return response;
    }

    /**
     * What a sandbox serves.
     *
     * @param service the product name signatures are checked for, e.g. {@code omics}
     * @param version the API version it answers, e.g. {@code 2022-11-28}
     * @param credentials the only credentials it accepts
     * @param actions the service's actions by name
     * @param types the fields of the data types that request parameters use, by type name
     * @param answers the canned answers, the first fitting best wins
     * @param clock checks request timestamps and counts requests per second
     */
    public static record Settings(String service, String version, Credentials credentials,
            Map<String, SandboxRules.Action> actions, Map<String, List<SandboxRules.Field>> types,
            List<SandboxAnswers.Answer> answers, Clock clock) {
        /**
         * Checks that every part is given.
         *
         * @param service the product name
         * @param version the API version
         * @param credentials the only credentials accepted
         * @param actions the actions by name
         * @param types the data types by name
         * @param answers the canned answers
         * @param clock the clock timestamps are checked against
         */
        public Settings {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(clock, "clock");
            actions = Map.copyOf(actions);
            types = Map.copyOf(types);
            answers = List.copyOf(answers);
        }
    }
}
