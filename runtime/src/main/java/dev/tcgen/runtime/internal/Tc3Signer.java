package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * TC3-HMAC-SHA256 request signing for one service; thread-safe.
 *
 * <p>The service name is given, never derived from the host, so that local endpoints such as
 * {@code http://127.0.0.1:8080} sign correctly. The signing key derived from (secret key, date,
 * service) is cached.
 *
 * <p>The static methods are the documented steps, one {@code String} each. {@link #authorization}
 * computes the same bytes without building those strings: each thread writes the canonical request
 * and the string to sign as UTF-8 into its own buffers and hashes them there.
 */
public final class Tc3Signer {
    /** The signature algorithm, as the Authorization header names it. */
    public static final String ALGORITHM = "TC3-HMAC-SHA256";

    /**
     * A {@code Mac} is not thread-safe and costly to look up, so each thread keeps one.
     */
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(Tc3Signer::newHmac);

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Tc3Signer::newSha256);

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

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
     * @param credentials the credentials to sign with
     * @param timestamp the request time, Unix seconds, as sent in {@code X-TC-Timestamp}
     * @param method the HTTP method
     * @param canonicalQuery the query string, empty for POST
     * @return the header value
     * @param headers the headers to sign, name to value exactly as sent; at least Content-Type and Host
     * @param payload the exact bytes of the body sent
     */
    public String authorization(Credentials credentials, long timestamp, String method,
            String canonicalQuery, Map<String, String> headers, byte[] payload) {
        SigningKey key = signingKey(credentials.secretKey(), timestamp);
        return WORKSPACE.get().sign(credentials.secretId(), key.scope, key.macs.get(), timestamp, method,
                canonicalQuery, headers, payload);
    }

    /**
     * The canonical request: method, path {@code /}, query, the signed headers (names lowercased and
     * sorted, values trimmed and lowercased), the signed header names and the payload's SHA-256.
     *
     * @param method the HTTP method
     * @param canonicalQuery the query string, empty for POST
     * @param headers the headers to sign
     * @param payload the exact request body
     * @return the canonical request
     */
    public static String canonicalRequest(String method, String canonicalQuery,
            Map<String, String> headers, byte[] payload) {
        TreeMap<String, String> signed = lowercased(headers);
        StringBuilder canonical = new StringBuilder(256)
                .append(method).append("\n/\n").append(canonicalQuery).append('\n');
        for (Map.Entry<String, String> header : signed.entrySet()) {
            canonical.append(header.getKey()).append(':').append(header.getValue()).append('\n');
        }
        return canonical.append('\n').append(String.join(";", signed.keySet())).append('\n')
                .append(sha256Hex(payload)).toString();
    }

    /**
     * The signed header names, lowercased, sorted, joined by {@code ;}.
     *
     * @param headers the headers to sign
     * @return the names
     */
    public static String signedHeaders(Map<String, String> headers) {
        return String.join(";", lowercased(headers).keySet());
    }

    /**
     * The string to sign: algorithm, timestamp, credential scope and the hash of the canonical request.
     *
     * @param timestamp the request time, Unix seconds
     * @param service the product name
     * @param canonicalRequest the canonical request
     * @return the string to sign
     */
    public static String stringToSign(long timestamp, String service, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + date(timestamp) + "/" + service + "/tc3_request\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The UTC date ({@code yyyy-MM-dd}) of a Unix timestamp in seconds.
     *
     * @param timestamp Unix seconds
     * @return the date
     */
    public static String date(long timestamp) {
        return Instant.ofEpochSecond(timestamp).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * HMAC chain {@code "TC3" + secretKey} → date → service → {@code tc3_request}.
     *
     * @param secretKey the SecretKey
     * @param date the UTC date of the request
     * @param service the product name
     * @return the signing key
     */
    public static byte[] deriveSigningKey(String secretKey, String date, String service) {
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, service);
        return hmac(secretService, "tc3_request");
    }

    /**
     * Lowercase hex of HMAC-SHA256({@code signingKey}, {@code stringToSign}).
     *
     * @param signingKey the derived key
     * @param stringToSign the string to sign
     * @return the signature
     */
    public static String signature(byte[] signingKey, String stringToSign) {
        return HexFormat.of().formatHex(hmac(signingKey, stringToSign));
    }

    /**
     * Lowercase hex of the SHA-256 of {@code data}.
     *
     * @param data the bytes
     * @return the hash
     */
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
        byte[] scope = (date + "/" + service + "/tc3_request").getBytes(StandardCharsets.UTF_8);
        SigningKey fresh = new SigningKey(secretKey, day, scope, deriveSigningKey(secretKey, date, service));
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
     * The last derived key, what it was derived from, its credential scope ({@code date/service/tc3_request}
     * as UTF-8), and a MAC per thread already keyed with it (keying a MAC costs as much as a hash, on every
     * call otherwise); deliberately without toString().
     */
    private static final class SigningKey {
        final String secretKey;

        final long day;

        final byte[] scope;

        final ThreadLocal<Mac> macs;

        SigningKey(String secretKey, long day, byte[] scope, byte[] key) {
            this.secretKey = secretKey;
            this.day = day;
            this.scope = scope;
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

    /**
     * One thread's digest and buffers for {@code authorization}: the same bytes as the documented steps,
     * written without building their {@code String}s. A thread signs the same headers call after call, so
     * the canonical request up to the payload hash and the header up to the signature are kept and
     * rewritten only when their inputs change (the last method, query, header names and values, and
     * secret id are kept for that). Holds no secret: the key stays in the MAC; deliberately without
     * toString().
     */
    private static final class Workspace {
        private static final byte[] ALGORITHM_LINE = (ALGORITHM + "\n").getBytes(StandardCharsets.US_ASCII);

        private final MessageDigest sha256 = newSha256();

        private final byte[] hash = new byte[32];

        private final Utf8Buffer request = new Utf8Buffer();

        private final Utf8Buffer toSign = new Utf8Buffer();

        private final Utf8Buffer header = new Utf8Buffer();

        private String[] names = new String[4];

        private String[] values = new String[4];

        private String[] writtenNames = new String[4];

        private String[] writtenValues = new String[4];

        private int writtenCount = -1;

        private String writtenMethod;

        private String writtenQuery;

        private String headerSecretId;

        private byte[] headerScope;

        private int requestPrefix;

        private int signedHeadersStart;

        private int signedHeadersEnd;

        private int headerSignedStart;

        private int headerSignedEnd;

        private int headerPrefix;

        /**
         * The {@code Authorization} value: canonical request, its hash, string to sign, HMAC, header.
         */
        String sign(String secretId, byte[] scope, Mac keyedMac, long timestamp, String method,
                String canonicalQuery, Map<String, String> headers, byte[] payload) {
            writeCanonicalRequest(method, canonicalQuery, headers, payload);
            sha256.update(request.bytes, 0, request.length);
            toSign.clear();
            toSign.put(ALGORITHM_LINE, 0, ALGORITHM_LINE.length);
            toSign.putDecimal(timestamp);
            toSign.put('\n');
            toSign.put(scope, 0, scope.length);
            toSign.put('\n');
            toSign.putHex(digest());
            keyedMac.update(toSign.bytes, 0, toSign.length);
            try {
                keyedMac.doFinal(hash, 0);
            } catch (ShortBufferException e) {
                throw new IllegalStateException("HmacSHA256 needs a 32-byte buffer", e);
            }
            writeHeaderPrefix(secretId, scope);
            header.putHex(hash);
            return header.decode();
        }

        /**
         * Leaves the canonical request in {@code request}; rewrites it up to the payload hash only when it changed.
         */
        private void writeCanonicalRequest(String method, String canonicalQuery,
                Map<String, String> headers, byte[] payload) {
            int count = sortHeaders(headers);
            if (!writtenBefore(method, canonicalQuery, count)) {
                writtenCount = -1; // until rewritten: a failure half-way must not leave a stale match
                request.clear();
                request.putUtf8(method);
                request.putUtf8("\n/\n");
                request.putUtf8(canonicalQuery);
                request.put('\n');
                for (int i = 0; i < count; i++) {
                    putName(names[i]);
                    request.put(':');
                    putValue(values[i]);
                    request.put('\n');
                }
                request.put('\n');
                signedHeadersStart = request.length;
                for (int i = 0; i < count; i++) {
                    if (i > 0) {
                        request.put(';');
                    }
                    putName(names[i]);
                }
                signedHeadersEnd = request.length;
                request.put('\n');
                requestPrefix = request.length;
                if (writtenNames.length < count) {
                    writtenNames = new String[count];
                    writtenValues = new String[count];
                }
                System.arraycopy(names, 0, writtenNames, 0, count);
                System.arraycopy(values, 0, writtenValues, 0, count);
                writtenCount = count;
                writtenMethod = method;
                writtenQuery = canonicalQuery;
            }
            Arrays.fill(names, 0, count, null);
            Arrays.fill(values, 0, count, null);
            request.length = requestPrefix;
            sha256.reset();
            sha256.update(payload);
            request.putHex(digest());
        }

        /**
         * Whether {@code request} already holds the canonical request up to the payload hash for these inputs.
         */
        private boolean writtenBefore(String method, String canonicalQuery, int count) {
            if (count != writtenCount || !method.equals(writtenMethod) || !canonicalQuery.equals(writtenQuery)) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (!names[i].equals(writtenNames[i]) || !values[i].equals(writtenValues[i])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Leaves the header up to {@code Signature=} in {@code header}; rewrites it only when it changed.
         */
        private void writeHeaderPrefix(String secretId, byte[] scope) {
            if (scope != headerScope || !secretId.equals(headerSecretId) || !Arrays.equals(request.bytes,
                    signedHeadersStart, signedHeadersEnd, header.bytes, headerSignedStart, headerSignedEnd)) {
                headerScope = null;
                header.clear();
                header.putUtf8(ALGORITHM);
                header.putUtf8(" Credential=");
                header.putUtf8(secretId);
                header.put('/');
                header.put(scope, 0, scope.length);
                header.putUtf8(", SignedHeaders=");
                headerSignedStart = header.length;
                header.put(request.bytes, signedHeadersStart, signedHeadersEnd);
                headerSignedEnd = header.length;
                header.putUtf8(", Signature=");
                headerPrefix = header.length;
                headerScope = scope;
                headerSecretId = secretId;
            }
            header.length = headerPrefix;
        }

        /**
         * Sorts the headers into {@code names}/{@code values} by lowercased name, by insertion (a request signs
         * two or three); of names equal once lowercased, the later wins, as in a sorted map.
         */
        private int sortHeaders(Map<String, String> headers) {
            if (names.length < headers.size()) {
                names = new String[headers.size()];
                values = new String[headers.size()];
            }
            int count = 0;
            for (Map.Entry<String, String> header : headers.entrySet()) {
                String name = header.getKey();
                String value = header.getValue();
                int at = count;
                int order = 1;
                while (at > 0 && (order = compareLowercased(names[at - 1], name)) > 0) {
                    at--;
                }
                if (at > 0 && order == 0) {
                    values[at - 1] = value;
                    continue;
                }
                System.arraycopy(names, at, names, at + 1, count - at);
                System.arraycopy(values, at, values, at + 1, count - at);
                names[at] = name;
                values[at] = value;
                count++;
            }
            return count;
        }

        private void putName(String name) {
            if (Utf8Buffer.isAscii(name)) {
                request.putLowercasedAscii(name, 0, name.length());
            } else {
                request.putUtf8(name.toLowerCase(Locale.ROOT));
            }
        }

        /**
         * The value stripped and lowercased, as {@code value.strip().toLowerCase(Locale.ROOT)}.
         */
        private void putValue(String value) {
            if (!Utf8Buffer.isAscii(value)) {
                request.putUtf8(value.strip().toLowerCase(Locale.ROOT));
                return;
            }
            int start = 0;
            int end = value.length();
            while (start < end && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                end--;
            }
            request.putLowercasedAscii(value, start, end);
        }

        /**
         * Finishes the SHA-256 into {@code hash}, which it returns.
         */
        private byte[] digest() {
            try {
                sha256.digest(hash, 0, hash.length);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 needs a 32-byte buffer", e);
            }
            return hash;
        }

        /**
         * {@code a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT))} in sign, without the
         * copies while both are ASCII (ASCII lowercases char by char; anything else may not).
         */
        private static int compareLowercased(String a, String b) {
            int common = Math.min(a.length(), b.length());
            for (int i = 0; i < common; i++) {
                char x = a.charAt(i);
                char y = b.charAt(i);
                if (x >= 0x80 || y >= 0x80) {
                    return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
                }
                if (x != y) {
                    int order = Utf8Buffer.lowercase(x) - Utf8Buffer.lowercase(y);
                    if (order != 0) {
                        return order;
                    }
                }
            }
            if (Utf8Buffer.isAscii(a) && Utf8Buffer.isAscii(b)) {
                return a.length() - b.length();
            }
            return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A growable byte buffer of UTF-8 text, reused from call to call.
     */
    private static final class Utf8Buffer {
        private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        private byte[] bytes;

        private int length;

        Utf8Buffer() {
            bytes = new byte[256];
        }

        private void clear() {
            length = 0;
        }

        /**
         * Makes room for {@code more} bytes.
         */
        private void room(int more) {
            if (bytes.length - length < more) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        private void put(char ascii) {
            room(1);
            bytes[length++] = (byte) ascii;
        }

        private void put(byte[] source, int from, int to) {
            room(to - from);
            System.arraycopy(source, from, bytes, length, to - from);
            length += to - from;
        }

        /**
         * Loops keep the array and position in locals, so that the JIT drops the bounds checks.
         */
        private void putUtf8(String text) {
            int size = text.length();
            room(size);
            byte[] out = bytes;
            int at = length;
            for (int i = 0; i < size; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    length = at + i;
                    byte[] rest = text.substring(i).getBytes(StandardCharsets.UTF_8);
                    put(rest, 0, rest.length);
                    return;
                }
                out[at + i] = (byte) c;
            }
            length = at + size;
        }

        private void putLowercasedAscii(String ascii, int from, int to) {
            room(to - from);
            byte[] out = bytes;
            int at = length - from;
            for (int i = from; i < to; i++) {
                out[at + i] = (byte) lowercase(ascii.charAt(i));
            }
            length = at + to;
        }

        private void putDecimal(long value) {
            if (value < 0) {
                putUtf8(Long.toString(value));
                return;
            }
            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            room(digits);
            length += digits;
            long rest = value;
            for (int at = length - 1; at >= length - digits; at--) {
                bytes[at] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
        }

        /**
         * Lowercase hex, as {@code HexFormat.of().formatHex(data)}.
         */
        private void putHex(byte[] data) {
            room(data.length * 2);
            byte[] out = bytes;
            int at = length;
            for (int i = 0; i < data.length; i++) {
                int b = data[i];
                out[at + 2 * i] = HEX_DIGITS[(b >> 4) & 0xF];
                out[at + 2 * i + 1] = HEX_DIGITS[b & 0xF];
            }
            length = at + data.length * 2;
        }

        private String decode() {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }

        private static boolean isAscii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@code Locale.ROOT} lowercasing of an ASCII char.
         */
        private static char lowercase(char ascii) {
            return ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + ('a' - 'A')) : ascii;
        }
    }
}
