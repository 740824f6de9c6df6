package dev.tcgen.runtime.internal;

import java.util.Locale;

/**
 * Checks that a JSON body is well-formed UTF-8 (RFC 3629) before Jackson reads it, and that its &#92;u
 * escapes pair surrogates. Jackson's decoder takes overlong forms ({@code C0 AF} as {@code /}) and UTF-8-encoded
 * surrogates as characters, so that {@code \xC0\xAE\xC0\xAE\xC0\xAF} would reach the caller as {@code ../}; and
 * a lone &#92;uD800 escape makes a string no text can hold. One pass over the bytes with an ASCII fast path.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** What is wrong with {@code body} and where, or null when it is well-formed. */
    static String problem(byte[] body) {
        int i = 0;
        int end = body.length;
        while (i < end) {
            int b = body[i];
            if (b >= 0) {
                if (b == '\\') {
                    int unit = hexUnit(body, i);
                    if (unit >= 0 && Character.isSurrogate((char) unit)) {
                        int low = hexUnit(body, i + 6);
                        if (!Character.isHighSurrogate((char) unit) || low < 0 || !Character.isLowSurrogate((char) low)) {
                            return "an unpaired surrogate escape \\u" + Integer.toHexString(unit).toUpperCase(Locale.ROOT) + " at byte " + i;
                        }
                        i += 12;
                        continue;
                    }
                    i += 2; // the escaped byte never starts a sequence
                    continue;
                }
                i++;
                continue;
            }
            int lead = b & 0xff;
            int length;
            int min2 = 0x80;
            int max2 = 0xbf;
            if (lead >= 0xc2 && lead <= 0xdf) {
                length = 2;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                length = 3;
                if (lead == 0xe0) {
                    min2 = 0xa0;
                } else if (lead == 0xed) {
                    max2 = 0x9f;
                }
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                length = 4;
                if (lead == 0xf0) {
                    min2 = 0x90;
                } else if (lead == 0xf4) {
                    max2 = 0x8f;
                }
            } else {
                return lead == 0xc0 || lead == 0xc1 ? "an overlong encoding at byte " + i
                        : "the byte 0x" + Integer.toHexString(lead).toUpperCase(Locale.ROOT) + " at byte " + i;
            }
            if (i + length > end) {
                return "an incomplete sequence at byte " + i;
            }
            int second = body[i + 1] & 0xff;
            if (second < 0x80 || second > 0xbf) {
                return "an incomplete sequence at byte " + i;
            }
            if (second < min2) {
                return "an overlong encoding at byte " + i;
            }
            if (second > max2) {
                return lead == 0xed ? "a surrogate encoded as UTF-8 at byte " + i : "a code point above U+10FFFF at byte " + i;
            }
            for (int k = 2; k < length; k++) {
                int next = body[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return "an incomplete sequence at byte " + i;
                }
            }
            i += length;
        }
        return null;
    }

    /** The code unit of the escape &#92;uXXXX at {@code at}; -1 when there is none. */
    private static int hexUnit(byte[] body, int at) {
        if (at < 0 || at + 6 > body.length || body[at] != '\\' || body[at + 1] != 'u') {
            return -1;
        }
        int unit = 0;
        for (int k = 2; k < 6; k++) {
            int digit = Character.digit(body[at + k], 16);
            if (digit < 0) {
                return -1;
            }
            unit = unit << 4 | digit;
        }
        return unit;
    }
}
