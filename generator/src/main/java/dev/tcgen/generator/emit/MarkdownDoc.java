package dev.tcgen.generator.emit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads a description as Markdown with HTML in it, the way Tencent writes them, and turns it into Javadoc
 * HTML through a {@link DocTree}. commonmark-java parses the Markdown; the raw HTML it passes through is read tag
 * by tag, keeping only lists, paragraphs, line breaks, emphasis, code and http(s) links, and the text between
 * the tags of an HTML block is read as Markdown again (Tencent puts backticks and {@code [text](url)} inside
 * {@code <li>}). A tag outside that subset ({@code <script>}, {@code <img>}) is shown as the text it is.
 */
final class MarkdownDoc {

    /** Immutable, so one parser serves every thread. */
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final DocTree tree = new DocTree();
    private final boolean skipPlain;

    private MarkdownDoc(boolean skipPlain) {
        this.skipPlain = skipPlain;
    }

    /**
     * Rendered descriptions by text, first paragraph bare or not: a large service asks for the same text about four
     * times (a field's setter overloads, its record and builder docs). Bounded, since the plugin's JVM lives on.
     */
    private static final int CACHE_LIMIT = 8192;
    private static final Map<String, String> BARE_FIRST = new ConcurrentHashMap<>();
    private static final Map<String, String> PARAGRAPHS = new ConcurrentHashMap<>();

    /** The description as Javadoc HTML (see {@link DocTree#render}); empty for null or blank text. */
    static String toJavadoc(String raw, boolean bareFirst) {
        if (raw == null) {
            return "";
        }
        Map<String, String> cache = bareFirst ? BARE_FIRST : PARAGRAPHS;
        String done = cache.get(raw);
        if (done == null) {
            done = toJavadoc(raw, bareFirst, true);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(raw, done);
        }
        return done;
    }

    /** {@link #toJavadoc(String, boolean)}; without {@code skipPlain} even plain text goes through the parser. */
    static String toJavadoc(String raw, boolean bareFirst, boolean skipPlain) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        // Control characters have no place in a source file; the line ends of another platform are line ends.
        String text = CONTROL.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        MarkdownDoc doc = new MarkdownDoc(skipPlain);
        if (skipPlain && plain(text.strip())) {
            doc.tree.text(text.strip());
        } else {
            doc.node(PARSER.parse(text), false);
        }
        return doc.tree.render(bareFirst);
    }

    /**
     * Whether one line of text reads the same as Markdown and as plain text, so that parsing it can be skipped:
     * most of the text between Tencent's tags is such, and parsing each piece on its own costs more than the
     * whole description. An underscore between two letters or digits never emphasises.
     */
    static boolean plain(String text) {
        if (text.isEmpty() || text.indexOf('\n') >= 0 || Character.isDigit(text.charAt(0))
                || "-+#=>".indexOf(text.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("`*[]!&\\<>~".indexOf(c) >= 0) {
                return false;
            }
            if (c == '_' && !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** One node; {@code nested} inside the text of an HTML block, where any HTML left over is plain text. */
    private void node(Node node, boolean nested) {
        if (node instanceof Text text) {
            tree.text(text.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            tree.text("\n");
        } else if (node instanceof HardLineBreak) {
            tree.lineBreak();
        } else if (node instanceof Code code) {
            tree.openInline(DocTree.Kind.CODE, null);
            tree.text(code.getLiteral());
            tree.closeInline(DocTree.Kind.CODE);
        } else if (node instanceof Emphasis) {
            inline(DocTree.Kind.EMPHASIS, null, node, nested);
        } else if (node instanceof StrongEmphasis) {
            inline(DocTree.Kind.STRONG, null, node, nested);
        } else if (node instanceof Link link) {
            inline(DocTree.Kind.LINK, HtmlTag.safeUrl(link.getDestination()), node, nested);
        } else if (node instanceof HtmlInline html) {
            if (nested) {
                tree.text(html.getLiteral());
            } else {
                html(html.getLiteral());
            }
        } else if (node instanceof Paragraph) {
            tree.endParagraph();
            children(node, nested);
            tree.endParagraph();
        } else if (node instanceof Heading) {
            // doclint wants heading levels to follow the page's own; a bold paragraph reads the same.
            tree.endParagraph();
            inline(DocTree.Kind.STRONG, null, node, nested);
            tree.endParagraph();
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            tree.openList(node instanceof BulletList ? DocTree.Kind.BULLETS : DocTree.Kind.NUMBERS);
            children(node, nested);
            tree.closeList();
        } else if (node instanceof ListItem) {
            tree.openItem();
            children(node, nested);
            tree.closeItem();
        } else if (node instanceof FencedCodeBlock code) {
            tree.preformatted(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            tree.preformatted(code.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            tree.endParagraph();
            if (nested) {
                tree.text(html.getLiteral());
            } else {
                html(html.getLiteral());
            }
            tree.endParagraph();
        } else if (node instanceof ThematicBreak) {
            tree.endParagraph();
        } else if (!(node instanceof LinkReferenceDefinition)) {
            // Document, BlockQuote, Image (its alt text), anything newer: what it holds.
            if (node instanceof BlockQuote) {
                tree.endParagraph();
            }
            children(node, nested);
        }
    }

    private void inline(DocTree.Kind kind, String href, Node node, boolean nested) {
        tree.openInline(kind, href);
        children(node, nested);
        tree.closeInline(kind);
    }

    private void children(Node node, boolean nested) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            node(child, nested);
        }
    }

    /** Raw HTML: its tags as elements, the text between them as Markdown. */
    private void html(String html) {
        for (Object part : HtmlTag.split(html)) {
            if (part instanceof HtmlTag tag) {
                tag(tag);
            } else {
                markdownBetweenTags((String) part);
            }
        }
    }

    /**
     * Text between two tags, read as Markdown: a single paragraph contributes its inline content only, so that
     * {@code <li>a `b` c</li>} stays one item. The whitespace at either end, which the parser would drop, is kept.
     */
    private void markdownBetweenTags(String text) {
        if (text.isBlank()) {
            tree.text(text);
            return;
        }
        String stripped = text.strip();
        if (text.charAt(0) != stripped.charAt(0)) {
            tree.text(text.substring(0, text.indexOf(stripped.charAt(0))).contains("\n") ? "\n" : " ");
        }
        if (skipPlain && plain(stripped)) {
            tree.text(stripped);
        } else {
            Node document = PARSER.parse(stripped);
            Node first = document.getFirstChild();
            if (first instanceof Paragraph && first.getNext() == null) {
                children(first, true);
            } else if (document instanceof Document) {
                children(document, true);
            }
        }
        if (text.charAt(text.length() - 1) != stripped.charAt(stripped.length() - 1)) {
            tree.text(text.substring(text.lastIndexOf(stripped.charAt(stripped.length() - 1)) + 1).contains("\n")
                    ? "\n" : " ");
        }
    }

    private static final List<String> BLOCK_BREAKS = List.of("p", "div", "section", "article", "center", "blockquote",
            "dx-alert", "table", "thead", "tbody", "tfoot", "tr", "hr", "dl", "dt", "dd");
    private static final List<String> UNWRAPPED = List.of("span", "font", "u", "small", "big", "sup", "sub", "s",
            "del", "ins", "mark", "abbr", "cite", "q", "label", "nobr", "wbr");

    private void tag(HtmlTag tag) {
        String name = tag.name();
        if (tag.comment()) {
            return;
        }
        if (BLOCK_BREAKS.contains(name)) {
            tree.endParagraph();
        } else if (UNWRAPPED.contains(name) || name.contains("-")) {
            return; // Tencent's own elements (dx-tag) and mere styling: the text stays, the tag goes
        }
        switch (name) {
            case "br" -> tree.lineBreak();
            case "ul", "ol" -> {
                if (tag.closing()) {
                    tree.closeList();
                } else {
                    tree.openList(name.equals("ul") ? DocTree.Kind.BULLETS : DocTree.Kind.NUMBERS);
                }
            }
            case "li" -> {
                if (tag.closing()) {
                    tree.closeItem();
                } else {
                    tree.openItem();
                }
            }
            case "b", "strong" -> inlineTag(tag, DocTree.Kind.STRONG);
            case "i", "em" -> inlineTag(tag, DocTree.Kind.EMPHASIS);
            case "code", "tt", "kbd", "samp", "var" -> inlineTag(tag, DocTree.Kind.CODE);
            case "a" -> inlineTag(tag, DocTree.Kind.LINK);
            case "pre", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                // Their own paragraph; the text between the tags is read as Markdown, so a pre keeps no layout.
                tree.endParagraph();
                inlineTag(tag, name.equals("pre") ? DocTree.Kind.CODE : DocTree.Kind.STRONG);
                if (tag.closing()) {
                    tree.endParagraph();
                }
            }
            case "td", "th" -> tree.text(" ");
            default -> {
                if (!BLOCK_BREAKS.contains(name)) {
                    tree.text(tag.literal()); // not in the safe subset: shown as written
                }
            }
        }
    }

    private void inlineTag(HtmlTag tag, DocTree.Kind kind) {
        if (tag.closing()) {
            tree.closeInline(kind);
        } else {
            tree.openInline(kind, tag.href());
        }
    }
}
