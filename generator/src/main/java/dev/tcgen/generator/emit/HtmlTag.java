package dev.tcgen.generator.emit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One tag of the raw HTML in a description ({@code <li>}, {@code </strong>}, {@code <a href="…">}), and how raw
 * HTML splits into tags and the text between them. Only the tags that {@link MarkdownDoc} knows are read as
 * tags; it shows any other as the text it is.
 *
 * @param literal the tag as written
 * @param name the element's name, lower case
 * @param closing whether it is an end tag
 * @param href the link target of an {@code <a>} when it is a safe http(s) address, else null
 */
record HtmlTag(String literal, String name, boolean closing, String href) {

    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^<>]*?)?)\\s*/?>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile(
            "(?i)\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");
    /** What a safe link target may hold: no quotes, backslashes, {@code @}, {@code *} or braces (see escapeAttribute). */
    private static final Pattern SAFE_URL = Pattern.compile("(?i)https?://[A-Za-z0-9\\-._~:/?#\\[\\]!$&'()+,;=%]+");

    /** Whether this is a comment ({@code <!-- … -->}), which is dropped. */
    boolean comment() {
        return name.isEmpty();
    }

    /** Raw HTML as its tags and, between them, text (String), in order. */
    static List<Object> split(String html) {
        List<Object> parts = new ArrayList<>();
        Matcher matcher = TAG.matcher(html);
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() > end) {
                parts.add(html.substring(end, matcher.start()));
            }
            parts.add(of(matcher));
            end = matcher.end();
        }
        if (end < html.length()) {
            parts.add(html.substring(end));
        }
        return parts;
    }

    /** The tag a literal is, or null when the literal is not one tag (or comment). */
    static HtmlTag parse(String literal) {
        Matcher matcher = TAG.matcher(literal.strip());
        return matcher.matches() ? of(matcher) : null;
    }

    private static HtmlTag of(Matcher matcher) {
        if (matcher.group(2) == null) {
            return new HtmlTag(matcher.group(), "", false, null);
        }
        String name = matcher.group(2).toLowerCase(Locale.ROOT);
        boolean closing = !matcher.group(1).isEmpty();
        String href = null;
        if (name.equals("a") && !closing) {
            Matcher attribute = HREF.matcher(matcher.group(3));
            if (attribute.find()) {
                String value = attribute.group(1) != null ? attribute.group(1)
                        : attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                href = safeUrl(decodeEntities(value.strip()));
            }
        }
        return new HtmlTag(matcher.group(), name, closing, href);
    }

    /** {@code url} when it is an absolute http or https address that javac and doclint take as it is, else null. */
    static String safeUrl(String url) {
        if (url == null || !SAFE_URL.matcher(url).matches()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? null : url;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The few entities an attribute value holds in practice; anything else is left as written. */
    private static String decodeEntities(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
