package dev.tcgen.generator.write;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit check of some bytes for the build stamp: their length, CRC-32 and CRC-32C.
 *
 * <p>Why not SHA-256: an up-to-date build checks the specs, the generator's jar and every generated file, and
 * in the fresh class loader of each {@code mvn} run SHA-256 runs interpreted (about a megabyte a second
 * there), which made the check cost more than 10% of a whole generation. Both CRCs run in native code from
 * the first call. Why it is still safe: the stamp guards against accidental change (an edit, a rebuilt jar),
 * not against a forger, who could change the build itself. A change of length is always caught. The two
 * polynomials are coprime, so for bytes of equal length the pair is one CRC of degree 64: every change within
 * 64 consecutive bits is caught, and any other change passes with a chance of about 2^-64.
 */
public final class ContentChecksum {

    private final CRC32 crc32 = new CRC32();
    private final CRC32C crc32c = new CRC32C();
    private long length;

    /** Adds {@code bytes}. */
    public ContentChecksum update(byte[] bytes) {
        crc32.update(bytes, 0, bytes.length);
        crc32c.update(bytes, 0, bytes.length);
        length += bytes.length;
        return this;
    }

    /**
     * Adds {@code text} and then a separator, so that a sequence of names and contents cannot be regrouped
     * into the same check (as {@code "ab" + "c"} and {@code "a" + "bc"} would).
     */
    public ContentChecksum updateDelimited(String text) {
        update(text.getBytes(StandardCharsets.UTF_8));
        return update(new byte[] {0});
    }

    /** The check so far, as {@code crc64:LENGTH:CRC32CRC32C} (hex). */
    public String value() {
        // A StringBuilder rather than '+': each new '+' shape costs milliseconds of method-handle set-up on first use.
        StringBuilder text = new StringBuilder(40).append("crc64:").append(length).append(':');
        return appendHex8(appendHex8(text, crc32.getValue()), crc32c.getValue()).toString();
    }

    private static StringBuilder appendHex8(StringBuilder text, long value) {
        String hex = Long.toHexString(value);
        return text.append("00000000", hex.length(), 8).append(hex);
    }

    /** The check of {@code bytes} alone. */
    public static String of(byte[] bytes) {
        return new ContentChecksum().update(bytes).value();
    }
}
