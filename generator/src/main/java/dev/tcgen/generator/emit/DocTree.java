package dev.tcgen.generator.emit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a well-formed tree of the few HTML elements that doclint accepts from a stream of open, close and
 * text events, however badly nested the events are, and renders it as Javadoc HTML. Tencent's text opens
 * {@code <li>} without a list, leaves {@code <b>} open and puts {@code <br>} between blocks: this is where
 * such text is mended, the way a browser would read it, so that the rendered HTML always balances.
 *
 * <p>Paragraphs open lazily, when text arrives, so that no paragraph is ever empty.
 */
final class DocTree {

    /** The elements the tree holds: containers of blocks, blocks, and inline elements. */
    enum Kind {
        ROOT(false), ITEM(false), BULLETS(false), NUMBERS(false), PARAGRAPH(false), PRE(false),
        CODE(true), EMPHASIS(true), STRONG(true), LINK(true),
        /** An inline element that renders as its content only: what {@code <em>} inside {@code <em>} becomes. */
        SPAN(true);

        final boolean inline;

        Kind(boolean inline) {
            this.inline = inline;
        }

        boolean isList() {
            return this == BULLETS || this == NUMBERS;
        }

        boolean isContainer() {
            return this == ROOT || this == ITEM;
        }
    }

    private static final Object LINE_BREAK = new Object();
    private static final Pattern LINE_END = Pattern.compile("[ \\t]*\\n\\s*");
    private static final Pattern BREAK_RUN = Pattern.compile("(<br>\\s*)+(?=<br>)");

    /**
     * One element; {@code href} only for a link; {@code implicit} when opened for text that had no place, or
     * (a {@code SPAN}) in place of an element of kind {@code standsFor} that was open already.
     */
    private static final class Element {
        final Kind kind;
        final String href;
        final boolean implicit;
        final Kind standsFor;
        final List<Object> children = new ArrayList<>();

        Element(Kind kind, String href, boolean implicit) {
            this(kind, href, implicit, null);
        }

        Element(Kind kind, String href, boolean implicit, Kind standsFor) {
            this.kind = kind;
            this.href = href;
            this.implicit = implicit;
            this.standsFor = standsFor;
        }
    }

    private final Element root = new Element(Kind.ROOT, null, false);
    private final Deque<Element> open = new ArrayDeque<>();

    DocTree() {
        open.push(root);
    }

    /** Text, unescaped; whitespace between blocks is dropped. */
    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.isBlank() && !open.peek().kind.inline && open.peek().kind != Kind.PARAGRAPH) {
            return;
        }
        inlineContext().children.add(text);
    }

    /** A {@code <br>}: kept inside a paragraph, dropped where it would only separate blocks. */
    void lineBreak() {
        if (open.peek().kind.inline || open.peek().kind == Kind.PARAGRAPH) {
            open.peek().children.add(LINE_BREAK);
        }
    }

    /** Preformatted text, a block of its own. */
    void preformatted(String text) {
        endParagraph();
        Element pre = new Element(Kind.PRE, null, false);
        pre.children.add(text);
        blockContext().children.add(pre);
    }

    /** Ends the current paragraph (and every inline element in it); the next text starts a new one. */
    void endParagraph() {
        while (open.peek().kind.inline || open.peek().kind == Kind.PARAGRAPH) {
            open.pop();
        }
    }

    /** Opens an inline element; one inside another of its kind is ignored (the text stays), as doclint wants. */
    void openInline(Kind kind, String href) {
        Element element = isOpen(kind) ? new Element(Kind.SPAN, null, true, kind) : new Element(kind, href, false);
        inlineContext().children.add(element);
        open.push(element);
    }

    /** Closes the innermost open inline element of {@code kind} and those inside it; ignored when none is open. */
    void closeInline(Kind kind) {
        for (Element element : open) {
            if (!element.kind.inline) {
                return;
            }
            if (element.kind == kind || element.standsFor == kind) {
                while (open.pop() != element) {
                    // closes the inline elements inside it too
                }
                return;
            }
        }
    }

    /** Opens a list; inside a list (not an item) it gets an item of its own. */
    void openList(Kind kind) {
        endParagraph();
        Element list = new Element(kind, null, false);
        blockContext().children.add(list);
        open.push(list);
    }

    /** Closes the innermost list; ignored when none is open. */
    void closeList() {
        endParagraph();
        if (open.stream().anyMatch(e -> e.kind.isList())) {
            while (!open.pop().kind.isList()) {
                // closes the items inside it
            }
        }
    }

    /** Opens a list item: it ends the open item of the same list, and makes a list when there is none. */
    void openItem() {
        endParagraph();
        if (open.peek().kind == Kind.ITEM) {
            open.pop();
        }
        if (!open.peek().kind.isList()) {
            Element list = new Element(Kind.BULLETS, null, true);
            open.peek().children.add(list);
            open.push(list);
        }
        Element item = new Element(Kind.ITEM, null, false);
        open.peek().children.add(item);
        open.push(item);
    }

    /** Closes the innermost item; ignored when none is open. */
    void closeItem() {
        endParagraph();
        if (open.stream().anyMatch(e -> e.kind == Kind.ITEM)) {
            while (open.pop().kind != Kind.ITEM) {
                // closes the lists inside it
            }
        }
    }

    private boolean isOpen(Kind kind) {
        return open.stream().anyMatch(e -> e.kind == kind);
    }

    /** Where text goes: the open inline element or paragraph, else a new paragraph. */
    private Element inlineContext() {
        Element top = open.peek();
        if (top.kind.inline || top.kind == Kind.PARAGRAPH) {
            return top;
        }
        Element paragraph = new Element(Kind.PARAGRAPH, null, true);
        blockContext().children.add(paragraph);
        open.push(paragraph);
        return paragraph;
    }

    /**
     * Where a block goes: the open container. Text after a list that only an unlisted {@code <li>} opened ends
     * that list (Tencent writes "values: <li>A</li><li>B</li><br>Default: A"); a list that was opened explicitly
     * gets an item for it.
     */
    private Element blockContext() {
        while (open.peek().kind.isList() && open.peek().implicit) {
            open.pop();
        }
        if (open.peek().kind.isList()) {
            Element item = new Element(Kind.ITEM, null, true);
            open.peek().children.add(item);
            open.push(item);
        }
        return open.peek();
    }

    /**
     * The tree as Javadoc HTML, one block after another; {@code bareFirst} leaves the first paragraph without
     * {@code <p>}, for text that opens a comment or follows other text.
     */
    String render(boolean bareFirst) {
        // Each text is escaped on its own, but two of them ("*" and "/") can still meet and end the comment.
        return flow(root, bareFirst).replace("*/", "&#42;/");
    }

    private static String flow(Element container, boolean bareFirst) {
        StringBuilder out = new StringBuilder();
        for (Object child : container.children) {
            String block = block((Element) child, bareFirst && out.length() == 0);
            if (!block.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(block);
            }
        }
        return out.toString();
    }

    private static String block(Element element, boolean first) {
        switch (element.kind) {
            case PARAGRAPH -> {
                String content = trimmed(inline(element.children));
                return content.isEmpty() || first ? content : "<p>" + content + "</p>";
            }
            case PRE -> {
                String text = Javadoc.escape(((String) element.children.get(0)).stripTrailing());
                return text.isBlank() ? "" : "<pre>\n" + text + "\n</pre>";
            }
            case BULLETS, NUMBERS -> {
                String tag = element.kind == Kind.BULLETS ? "ul" : "ol";
                StringBuilder items = new StringBuilder();
                for (Object child : element.children) {
                    String item = flow((Element) child, true);
                    if (!item.isEmpty()) {
                        items.append("<li>").append(item).append("</li>\n");
                    }
                }
                return items.length() == 0 ? "" : "<" + tag + ">\n" + items + "</" + tag + ">";
            }
            default -> throw new IllegalStateException("not a block: " + element.kind);
        }
    }

    private static String inline(List<Object> children) {
        StringBuilder out = new StringBuilder();
        for (Object child : children) {
            if (child == LINE_BREAK) {
                out.append("<br>\n");
            } else if (child instanceof String text) {
                out.append(Javadoc.escape(LINE_END.matcher(text).replaceAll("\n")));
            } else {
                Element element = (Element) child;
                String content = inline(element.children);
                if (content.isBlank() || element.implicit) {
                    out.append(content);
                } else {
                    switch (element.kind) {
                        case CODE -> out.append("<code>").append(content).append("</code>");
                        case EMPHASIS -> out.append("<em>").append(content).append("</em>");
                        case STRONG -> out.append("<strong>").append(content).append("</strong>");
                        case LINK -> out.append(element.href == null ? content
                                : "<a href=\"" + Javadoc.escapeAttribute(element.href) + "\">" + content + "</a>");
                        default -> throw new IllegalStateException("not inline: " + element.kind);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Without the whitespace and line breaks at either end, and without runs of line breaks. */
    private static String trimmed(String content) {
        String text = (content.contains("<br>") ? BREAK_RUN.matcher(content).replaceAll("") : content).strip();
        while (text.startsWith("<br>")) {
            text = text.substring("<br>".length()).strip();
        }
        while (text.endsWith("<br>")) {
            text = text.substring(0, text.length() - "<br>".length()).strip();
        }
        return text;
    }
}
