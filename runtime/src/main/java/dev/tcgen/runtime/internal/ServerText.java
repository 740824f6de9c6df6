package dev.tcgen.runtime.internal;

/**
 * Text from a server made safe to print: whoever logs an exception must not have their log forged by what a
 * proxy or an attacker in the path chose to send. Control characters (C0, DEL, C1), line and paragraph separators
 * and the bidirectional controls are escaped ({@code \r}, {@code \n}, {@code \t}, &#92;u001b); lone
 * surrogates too; and the result is cut to a bound with a note of how much was left out. The spec loader's
 * problems follow the same rule.
 */
public final class ServerText {
    /** Longer than any real code, message or RequestId; a longer text is a hostile or broken answer. */
    public static final int DEFAULT_LIMIT = 500;

    private ServerText() {
    }

    /**
     * {@code text} escaped and cut to {@link #DEFAULT_LIMIT} characters; {@code "null"} for null.
     *
     * @param text the server's text, or null
     * @return the printable text
     */
    public static String printable(String text) {
        return printable(text, DEFAULT_LIMIT);
    }

    /**
     * {@code text} escaped, and cut after {@code limit} characters of escaped output with
     * {@code …(N more)}, N counting the original characters left out; {@code "null"} for null.
     *
     * @param text the server's text, or null
     * @param limit how many characters of escaped output to keep
     * @return the printable text
     */
    public static String printable(String text, int limit) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= limit && isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 24);
        int i = 0;
        for (; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (needsEscape(c)) {
                appendEscaped(out, c);
            } else {
                out.append(c);
            }
        }
        if (i < text.length()) {
            out.append("…(").append(text.length() - i).append(" more)");
        }
        return out.toString();
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(++i)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} could move the cursor, end a line, reorder what is shown, or is half a character. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u200e' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u061c'
                || Character.isSurrogate(c);
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                String hex = Integer.toHexString(c);
                out.append("\\u");
                for (int pad = hex.length(); pad < 4; pad++) {
                    out.append('0');
                }
                out.append(hex);
            }
        }
    }
}
