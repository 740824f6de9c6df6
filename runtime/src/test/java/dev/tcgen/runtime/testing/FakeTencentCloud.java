package dev.tcgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for a Tencent Cloud API 3.0 endpoint. It checks every request's TC3-HMAC-SHA256 signature
 * with its own implementation of the documented algorithm (it never calls the signer under test), enforces a
 * calls-per-second limit over any sliding second, and answers with whatever the test's handler says.
 *
 * <p>It knows no service: the runtime's tests run it as {@link PingClient}'s service, a generated client's tests as
 * theirs (with the rate limit their spec documents).
 */
public final class FakeTencentCloud implements AutoCloseable {

    public static final String SECRET_ID = "AKIDfakeTencentCloudTestId0001";
    public static final String SECRET_KEY = "fakeSecretKey-0f3c9a1d7e5b4c2a";

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "TC3-HMAC-SHA256 Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([^/]+)/tc3_request,"
                    + " SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    /** A request that passed the signature and rate checks. Header names are lowercase. */
    public record Received(String action, Map<String, String> headers, byte[] body, String requestId) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What to answer. {@code hangs}: never answer; {@code declaredLength} > body length: stop mid-body. */
    public record Reply(int status, String contentType, byte[] body, boolean hangs, long declaredLength, boolean stall) {

        public static Reply json(String body) {
            return status(200, "application/json", body);
        }

        public static Reply status(int status, String contentType, String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new Reply(status, contentType, bytes, false, bytes.length, false);
        }

        public static Reply apiError(String code, String message, String requestId) {
            return json("{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"" + message
                    + "\"},\"RequestId\":\"" + requestId + "\"}}");
        }

        /** A success that carries nothing but its RequestId: every other response field is absent. */
        public static Reply success(String requestId) {
            return json("{\"Response\":{\"RequestId\":\"" + requestId + "\"}}");
        }

        public static Reply hang() {
            return new Reply(200, "application/json", new byte[0], true, 0, false);
        }

        /** Declares a longer body than it sends, then either stalls or closes the connection. */
        public static Reply cutShort(String partialBody, int declaredLength, boolean stall) {
            byte[] bytes = partialBody.getBytes(StandardCharsets.UTF_8);
            return new Reply(200, "application/json", bytes, false, declaredLength, stall);
        }
    }

    /** Answers a verified request; {@code number} counts verified requests from 1. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Received request, int number);
    }

    private final String service;
    private final String version;
    private final int limitPerSecond;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, String[]> keys = new ConcurrentHashMap<>();
    private final Set<String> unsigned = ConcurrentHashMap.newKeySet();
    private final Deque<Long> window = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> issuedRequestIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger rejectedForRate = new AtomicInteger();
    private final AtomicInteger rejectedForSignature = new AtomicInteger();
    private volatile Handler handler = (request, number) -> Reply.success(request.requestId());

    /**
     * @param service the product name signatures must be scoped to, e.g. {@code omics}
     * @param version the only X-TC-Version accepted, e.g. {@code 2022-11-28}
     * @param limitPerSecond calls allowed in any one second; 0 for no limit
     */
    public FakeTencentCloud(String service, String version, int limitPerSecond) throws IOException {
        this.service = service;
        this.version = version;
        this.limitPerSecond = limitPerSecond;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        keys.put(SECRET_ID, new String[] {SECRET_KEY, null});
    }

    /** Accepts another key pair; with a token, requests must carry it as X-TC-Token. */
    public void allow(String secretId, String secretKey, String token) {
        keys.put(secretId, new String[] {secretKey, token});
    }

    /**
     * Accepts requests of {@code action} sent with {@code Authorization: SKIP} and without X-TC-Token, as STS's
     * AssumeRoleWithWebIdentity is.
     */
    public void allowUnsigned(String action) {
        unsigned.add(action);
    }

    public void handler(Handler handler) {
        this.handler = handler;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Every request that reached the server, verified or not. */
    public int hits() {
        return hits.get();
    }

    public int rejectedForRate() {
        return rejectedForRate.get();
    }

    public int rejectedForSignature() {
        return rejectedForSignature.get();
    }

    public List<String> issuedRequestIds() {
        return List.copyOf(issuedRequestIds);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        long arrival = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        issuedRequestIds.add(requestId);
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            String problem = verify(exchange, headers, body);
            if (problem != null) {
                rejectedForSignature.incrementAndGet();
                String code = problem.substring(0, problem.indexOf(' '));
                send(exchange, Reply.apiError(code, problem.substring(problem.indexOf(' ') + 1), requestId));
                return;
            }
            if (!admit(arrival)) {
                rejectedForRate.incrementAndGet();
                send(exchange, Reply.apiError("RequestLimitExceeded", "The number of requests exceeds the frequency limit.", requestId));
                return;
            }
            Received request = new Received(headers.get("x-tc-action"), headers, body, requestId);
            received.add(request);
            send(exchange, handler.handle(request, received.size()));
        }
    }

    /** Null when the request is properly signed; else "CODE message". */
    private String verify(HttpExchange exchange, Map<String, String> headers, byte[] body) {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getRawPath().equals("/")) {
            return "UnsupportedProtocol expected POST /";
        }
        if (!version.equals(headers.get("x-tc-version")) || headers.get("x-tc-action") == null) {
            return "MissingParameter X-TC-Action or X-TC-Version missing or wrong";
        }
        String authorization = headers.getOrDefault("authorization", "");
        if (authorization.equals("SKIP") && unsigned.contains(headers.get("x-tc-action"))) {
            return headers.containsKey("x-tc-token") ? "AuthFailure.InvalidAuthorization X-TC-Token sent with SKIP" : null;
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return "AuthFailure.InvalidAuthorization malformed Authorization header";
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(headers.getOrDefault("x-tc-timestamp", ""));
        } catch (NumberFormatException e) {
            return "AuthFailure.InvalidAuthorization no X-TC-Timestamp";
        }
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            return "AuthFailure.SignatureExpire timestamp too far from now";
        }
        String date = LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString();
        if (!m.group(2).equals(date) || !m.group(3).equals(service)) {
            return "AuthFailure.SignatureFailure wrong credential scope";
        }
        String[] key = keys.get(m.group(1));
        if (key == null) {
            return "AuthFailure.SecretIdNotFound unknown secret id";
        }
        if (key[1] != null ? !key[1].equals(headers.get("x-tc-token")) : headers.containsKey("x-tc-token")) {
            return "AuthFailure.TokenFailure token missing or wrong";
        }
        List<String> signed = List.of(m.group(4).split(";"));
        if (!signed.contains("content-type") || !signed.contains("host")) {
            return "AuthFailure.SignatureFailure content-type and host must be signed";
        }
        StringBuilder canonical = new StringBuilder("POST\n/\n\n");
        for (String name : signed) {
            String value = headers.get(name);
            if (value == null) {
                return "AuthFailure.SignatureFailure signed header " + name + " not sent";
            }
            canonical.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        canonical.append('\n').append(m.group(4)).append('\n').append(hex(sha256(body)));
        String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/" + service + "/tc3_request\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] k = hmac(("TC3" + key[0]).getBytes(StandardCharsets.UTF_8), date);
        k = hmac(k, service);
        k = hmac(k, "tc3_request");
        byte[] expected = hex(hmac(k, toSign)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, m.group(5).getBytes(StandardCharsets.US_ASCII))) {
            return "AuthFailure.SignatureFailure The provided credentials could not be validated.";
        }
        return null;
    }

    /** At most {@code limitPerSecond} admitted calls in any window of one second. */
    private synchronized boolean admit(long arrival) {
        if (limitPerSecond <= 0) {
            return true;
        }
        while (!window.isEmpty() && arrival - window.peekFirst() >= TimeUnit.SECONDS.toNanos(1)) {
            window.removeFirst();
        }
        if (window.size() >= limitPerSecond) {
            return false;
        }
        window.addLast(arrival);
        return true;
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.hangs()) {
            awaitClose();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.declaredLength() == 0 ? -1 : reply.declaredLength());
        OutputStream out = exchange.getResponseBody();
        out.write(reply.body());
        out.flush();
        if (reply.declaredLength() > reply.body().length) {
            if (reply.stall()) {
                awaitClose();
            }
            // Returning now, short of the declared length, makes the server drop the connection mid-body.
        }
    }

    private void awaitClose() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A port on which nothing listens (bound, then released). */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
