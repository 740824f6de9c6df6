package dev.tcgen.client.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TC3-HMAC-SHA256 request signing for one service; thread-safe.
 *
 * <p>The service name is given, never derived from the host, so that local endpoints such as
 * {@code http://127.0.0.1:8080} sign correctly. The signing key derived from (secret key, date,
 * service) is cached.
 */
public final class Tc3Signer {
    public static final String ALGORITHM = "TC3-HMAC-SHA256";

    /**
     * A {@code Mac} is not thread-safe and costly to look up, so each thread keeps one.
     */
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(Tc3Signer::newHmac);

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Tc3Signer::newSha256);

    private final String service;

    private volatile SigningKey cached;

    private final AtomicLong derivations = new AtomicLong();

    /**
     * @param service the product name from the spec, e.g. {@code omics}
     */
    public Tc3Signer(String service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * The {@code Authorization} header value.
     *
     * @param headers the headers to sign, name to value exactly as sent; at least Content-Type and Host
     * @param payload the exact bytes of the body sent
     */
    public String authorization(Credentials credentials, long timestamp, String method,
            String canonicalQuery, Map<String, String> headers, byte[] payload) {
        SigningKey key = signingKey(credentials.secretKey(), timestamp);
        TreeMap<String, String> signed = lowercased(headers);
        String signedHeaders = String.join(";", signed.keySet());
        String canonical = canonicalRequest(method, canonicalQuery, signed, signedHeaders, payload);
        String toSign = stringToSign(timestamp, key.date, service, canonical);
        byte[] signature = key.macs.get().doFinal(toSign.getBytes(StandardCharsets.UTF_8));
        return ALGORITHM + " Credential=" + credentials.secretId() + "/" + key.date + "/" + service
                + "/tc3_request, SignedHeaders=" + signedHeaders
                + ", Signature=" + HexFormat.of().formatHex(signature);
    }

    /**
     * The canonical request: method, path {@code /}, query, the signed headers (names lowercased and
     * sorted, values trimmed and lowercased), the signed header names and the payload's SHA-256.
     */
    public static String canonicalRequest(String method, String canonicalQuery,
            Map<String, String> headers, byte[] payload) {
        TreeMap<String, String> signed = lowercased(headers);
        return canonicalRequest(method, canonicalQuery, signed, String.join(";", signed.keySet()), payload);
    }

    private static String canonicalRequest(String method, String canonicalQuery,
            TreeMap<String, String> signed, String signedHeaders, byte[] payload) {
        StringBuilder canonical = new StringBuilder(256)
                .append(method).append("\n/\n").append(canonicalQuery).append('\n');
        for (Map.Entry<String, String> header : signed.entrySet()) {
            canonical.append(header.getKey()).append(':').append(header.getValue()).append('\n');
        }
        return canonical.append('\n').append(signedHeaders).append('\n')
                .append(sha256Hex(payload)).toString();
    }

    /**
     * The signed header names, lowercased, sorted, joined by {@code ;}.
     */
    public static String signedHeaders(Map<String, String> headers) {
        return String.join(";", lowercased(headers).keySet());
    }

    public static String stringToSign(long timestamp, String service, String canonicalRequest) {
        return stringToSign(timestamp, date(timestamp), service, canonicalRequest);
    }

    private static String stringToSign(long timestamp, String date, String service,
            String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + date + "/" + service + "/tc3_request\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The UTC date ({@code yyyy-MM-dd}) of a Unix timestamp in seconds.
     */
    public static String date(long timestamp) {
        return Instant.ofEpochSecond(timestamp).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * HMAC chain {@code "TC3" + secretKey} → date → service → {@code tc3_request}.
     */
    public static byte[] deriveSigningKey(String secretKey, String date, String service) {
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, service);
        return hmac(secretService, "tc3_request");
    }

    /**
     * Lowercase hex of HMAC-SHA256({@code signingKey}, {@code stringToSign}).
     */
    public static String signature(byte[] signingKey, String stringToSign) {
        return HexFormat.of().formatHex(hmac(signingKey, stringToSign));
    }

    public static String sha256Hex(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(data));
    }

    /**
     * The signing key for ({@code secretKey}, the UTC day of {@code timestamp}) from the cache, derived when it changed.
     */
    private SigningKey signingKey(String secretKey, long timestamp) {
        long day = Math.floorDiv(timestamp, 86_400L);
        SigningKey current = cached;
        if (current != null && current.day == day && current.secretKey.equals(secretKey)) {
            return current;
        }
        derivations.incrementAndGet();
        String date = date(timestamp);
        SigningKey fresh = new SigningKey(secretKey, day, date, deriveSigningKey(secretKey, date, service));
        cached = fresh;
        return fresh;
    }

    /**
     * How many times this signer derived a signing key; lets tests see the cache work.
     */
    long keyDerivations() {
        return derivations.get();
    }

    private static TreeMap<String, String> lowercased(Map<String, String> headers) {
        TreeMap<String, String> sorted = new TreeMap<>();
        headers.forEach((key, value) ->
                sorted.put(key.toLowerCase(Locale.ROOT), value.strip().toLowerCase(Locale.ROOT)));
        return sorted;
    }

    private static byte[] hmac(byte[] key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 rejected the key", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newHmac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /**
     * The last derived key, what it was derived from, and a MAC per thread already keyed with it
     * (keying a MAC costs as much as a hash, on every call otherwise); deliberately without toString().
     */
    private static final class SigningKey {
        final String secretKey;

        final long day;

        final String date;

        final ThreadLocal<Mac> macs;

        SigningKey(String secretKey, long day, String date, byte[] key) {
            this.secretKey = secretKey;
            this.day = day;
            this.date = date;
            SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
            this.macs = ThreadLocal.withInitial(() -> {
                Mac mac = newHmac();
                try {
                    mac.init(spec);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("HmacSHA256 rejected the key", e);
                }
                return mac;
            });
        }
    }
}
