package dev.tcgen.generator.emit;

/**
 * Makes spec text safe inside a Javadoc comment. Descriptions come from people and from Tencent's data,
 * so they may hold {@code *}{@code /}, HTML, {@code @} tags or backslash-u sequences, which javac reads
 * even inside comments.
 */
final class Javadoc {

    private Javadoc() {}

    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '*' -> out.append(i + 1 < raw.length() && raw.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** A sentence for a record component's {@code @param} tag: one line, never empty. */
    static String oneLine(String raw, String fallback) {
        String text = text(raw).replaceAll("\\s*\\n\\s*", " ");
        return text.isEmpty() ? fallback : text;
    }
}
