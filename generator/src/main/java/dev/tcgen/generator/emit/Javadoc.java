package dev.tcgen.generator.emit;

import dev.tcgen.generator.model.Field;

/**
 * Spec text as Javadoc, and the doc lines every emitter shares. Descriptions come from people and from Tencent's
 * data, in Markdown mixed with HTML, so they may hold {@code *}{@code /}, unsafe HTML, {@code @} tags or
 * backslash-u sequences, which javac reads even inside comments: {@link #text} gives valid, doclint-clean Javadoc
 * HTML for any of it (see {@link MarkdownDoc}).
 *
 * <p>Every string returned here is Javadoc source: pass it to JavaPoet as a {@code $L} argument, never as the
 * format itself (the text may hold {@code $}).
 */
final class Javadoc {

    private Javadoc() {}

    /**
     * A description as Javadoc HTML: its first paragraph as bare text, then any further blocks ({@code <p>},
     * lists, {@code <pre>}), one a line; empty for null or blank text. Fits wherever Javadoc takes flow content:
     * the main description, a block tag, an {@code <li>}.
     */
    static String text(String raw) {
        return MarkdownDoc.toJavadoc(raw, true);
    }

    /** {@link #text}, but every paragraph in {@code <p>}: for a description that follows a summary of its own. */
    static String paragraphs(String raw) {
        return MarkdownDoc.toJavadoc(raw, false);
    }

    /**
     * The Javadoc of a builder setter for {@code field} whose parameter is {@code parameter}: the field's own
     * text, then its {@code @param} and {@code @return} tags. Every overload of a setter (varargs, primitive,
     * {@code addX}) can take it as it is.
     */
    static String setterDoc(Field field, String parameter) {
        return withOwnText("Sets {@code " + field.wireName() + "}" + (field.required() ? " (required)" : ""), field)
                + paramTag(parameter, field.required() ? "the value" : "the value; null for none")
                + returnTag("this builder");
    }

    /** The text for a block tag ({@code @param}, {@code @return}): {@link #text}, or {@code fallback} when empty. */
    static String oneLine(String raw, String fallback) {
        String text = text(raw);
        // Outside <pre>, a line end in HTML is a space: one line reads better after a tag.
        String joined = text.contains("<pre>") ? text : text.replace('\n', ' ');
        return joined.isEmpty() ? fallback : joined;
    }

    /**
     * A summary of what a member does with {@code field} (Javadoc, no full stop), then the field's own text after a
     * colon, and a paragraph break; just a full stop and the break when the spec has no text, rather than a
     * sentence that only repeats the field's name.
     */
    static String withOwnText(String summary, Field field) {
        return text(field.description()).isEmpty() ? summary + ".\n\n" : summary + ": " + fieldDoc(field) + "\n\n";
    }

    /** A field's own description as Javadoc, or a sentence naming its JSON name when the spec has none. */
    static String fieldDoc(Field field) {
        String text = text(field.description());
        return text.isEmpty() ? "The {@code " + field.wireName() + "} field." : text;
    }

    /** An {@code @param} line (with its line end); {@code text} is Javadoc already. */
    static String paramTag(String name, String text) {
        return "@param " + name + " " + text + "\n";
    }

    /** An {@code @return} line (with its line end); {@code text} is Javadoc already. */
    static String returnTag(String text) {
        return "@return " + text + "\n";
    }

    /**
     * Text shown as it is: the HTML specials become entities, and so do {@code @} (a block or inline tag),
     * backslash (a unicode escape) and the {@code *} of a comment's end.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A safe link target (see {@link HtmlTag#safeUrl}) inside a double-quoted attribute. */
    static String escapeAttribute(String url) {
        return url.replace("&", "&amp;");
    }
}
