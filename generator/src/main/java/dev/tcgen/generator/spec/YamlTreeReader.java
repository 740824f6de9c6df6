package dev.tcgen.generator.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a {@link Node} tree that remembers where every node stands. Syntax errors
 * and duplicate keys become located problems, never exceptions. Not thread-safe: use one per thread.
 */
public final class YamlTreeReader {

    /** Large enough for any real API description, small enough that a hostile file cannot exhaust memory. */
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    static final int MAX_NESTING_DEPTH = 200;

    /**
     * SnakeYAML scans a long line in time that grows with the square of its length (a 4 MB line takes
     * seconds, 16 MB minutes), so longer lines are refused before parsing. Long text spans lines instead.
     */
    static final int MAX_LINE_LENGTH = 64 * 1024;

    private final YAMLFactory factory;

    /** The text being read, to find the indentation of literal block scalars. */
    private String text;

    /** Where each line of {@code text} starts (index 0 is line 1): found once, so a scalar's look-up is O(1). */
    private int[] lineStarts;

    public YamlTreeReader() {
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setCodePointLimit(MAX_CODE_POINTS);
        loaderOptions.setNestingDepthLimit(MAX_NESTING_DEPTH);
        loaderOptions.setAllowDuplicateKeys(true); // reported by this reader, with both locations
        this.factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_CODE_POINTS)
                        .build())
                .build();
    }

    /** The document's root node, or empty when the text could not be read (the problems say why). */
    public Optional<Node> read(String fileName, String text, Diagnostics diagnostics) {
        this.text = text;
        this.lineStarts = lineStartsOf(text);
        int longLine = anyLineLongerThan(MAX_LINE_LENGTH, lineStarts, text.length())
                ? firstLineLongerThan(MAX_LINE_LENGTH, text) : 0;
        if (longLine > 0) {
            diagnostics.error(new SourceLocation(fileName, longLine, MAX_LINE_LENGTH + 1), "the line is longer than "
                    + MAX_LINE_LENGTH + " characters; break it up (a '|' or '>' block can span many lines)");
            return Optional.empty();
        }
        // From a char array: from a String, SnakeYAML pulls the text through a StringReader a kilobyte at a time,
        // and copying a String with Chinese in it out char by char is a loop the fresh JVM has not compiled yet.
        try (JsonParser parser = factory.createParser(text.toCharArray())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(SourceLocation.ofFile(fileName), "the file is empty; a spec starts with 'tcgen: 1'");
                return Optional.empty();
            }
            Node root = readValue(parser, fileName, diagnostics);
            JsonToken next = parser.nextToken();
            if (next != null) {
                diagnostics.error(
                        locationOf(parser.currentTokenLocation(), fileName),
                        "a spec file holds one YAML document; remove the second one (after '---')");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            diagnostics.error(syntaxLocation(e, fileName), syntaxMessage(e));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(fileName), "could not read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Node readValue(JsonParser parser, String file, Diagnostics diagnostics) throws IOException {
        SourceLocation location = locationOf(parser.currentTokenLocation(), file);
        JsonToken token = parser.currentToken();
        if (isAlias(parser)) {
            return aliasProblem(parser, location, diagnostics);
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, file, location, diagnostics);
            case START_ARRAY -> readSequence(parser, file, location, diagnostics);
            case VALUE_STRING -> new Node.Scalar(parser.getText(), Node.Scalar.Style.STRING, location, blockIndent(location));
            case VALUE_NUMBER_INT -> new Node.Scalar(parser.getText(), Node.Scalar.Style.INTEGER, location);
            case VALUE_NUMBER_FLOAT -> new Node.Scalar(parser.getText(), Node.Scalar.Style.FLOAT, location);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(parser.getText(), Node.Scalar.Style.BOOLEAN, location);
            case VALUE_NULL -> new Node.Scalar(null, Node.Scalar.Style.NULL, location);
            default -> {
                // Embedded binary (!!binary) and similar exotic tags have no meaning in a spec.
                diagnostics.error(location, "unsupported YAML value (" + token + "); write a plain string instead");
                yield new Node.Scalar(null, Node.Scalar.Style.NULL, location);
            }
        };
    }

    private Node readMapping(JsonParser parser, String file, SourceLocation location, Diagnostics diagnostics)
            throws IOException {
        Map<String, Node.Mapping.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyLocation = locationOf(parser.currentTokenLocation(), file);
            parser.nextToken();
            Node value = readValue(parser, file, diagnostics);
            Node.Mapping.Entry previous = entries.putIfAbsent(key, new Node.Mapping.Entry(key, keyLocation, value));
            if (previous != null) {
                diagnostics.error(
                        keyLocation,
                        "duplicate key '" + key + "' (first defined at line " + previous.keyLocation().line()
                                + "); remove one of them");
            }
        }
        return new Node.Mapping(entries, location);
    }

    private Node readSequence(JsonParser parser, String file, SourceLocation location, Diagnostics diagnostics)
            throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, file, diagnostics));
        }
        return new Node.Sequence(items, location);
    }

    /**
     * Whether a line, taken between line feeds, is longer than {@code limit}: the cheap test first, from the line
     * starts already found. A lone carriage return also ends a line, so only then does {@link #firstLineLongerThan}
     * scan the text char by char, which in a fresh JVM costs as much as a sixth of reading a large spec.
     */
    private static boolean anyLineLongerThan(int limit, int[] lineStarts, int textLength) {
        for (int line = 0; line < lineStarts.length; line++) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : textLength;
            if (end - lineStarts[line] > limit) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based number of the first line longer than {@code limit} characters, or 0 if none is. */
    private static int firstLineLongerThan(int limit, String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            } else if (i - lineStart >= limit) {
                return line;
            }
        }
        return 0;
    }

    /**
     * Jackson YAML does not expand an alias: it hands over the anchor's name as if it were the text (so an
     * alias bomb cannot grow), which would silently turn {@code type: *t} into the type {@code t}.
     */
    private static boolean isAlias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }

    private static Node aliasProblem(JsonParser parser, SourceLocation location, Diagnostics diagnostics)
            throws IOException {
        diagnostics.error(location, "YAML alias '*" + parser.getText()
                + "' is not supported in a spec; write the value out in full");
        return new Node.Scalar(null, Node.Scalar.Style.NULL, location);
    }

    /** The indentation of the literal block scalar that starts at {@code location}, or -1 for other scalars. */
    private int blockIndent(SourceLocation location) {
        int lineStart = lineStart(location.line());
        int at = lineStart + location.column() - 1;
        if (lineStart < 0 || at >= text.length() || text.charAt(at) != '|') {
            return -1;
        }
        int next = text.indexOf('\n', at);
        if (next < 0) {
            return -1;
        }
        int indent = 0;
        while (next + 1 + indent < text.length() && text.charAt(next + 1 + indent) == ' ') {
            indent++;
        }
        return indent;
    }

    private int lineStart(int line) {
        return line <= 1 ? 0 : line <= lineStarts.length ? lineStarts[line - 1] : -1;
    }

    private static int[] lineStartsOf(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    private static SourceLocation locationOf(JsonLocation location, String file) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** Where SnakeYAML found the problem; Jackson's own location is that of the last token it read. */
    private static SourceLocation syntaxLocation(JsonProcessingException e, String file) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new SourceLocation(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
        }
        return locationOf(e.getLocation(), file);
    }

    /** One line, in a user's words: SnakeYAML's messages span several lines and quote the source. */
    private static String syntaxMessage(JsonProcessingException e) {
        Throwable cause = e.getCause();
        String text;
        if (cause instanceof MarkedYAMLException marked) {
            text = marked.getProblem();
            if (marked.getContext() != null) {
                Mark context = marked.getContextMark();
                text = text + " (" + marked.getContext()
                        + (context == null ? "" : " that starts at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1))
                        + ")";
            }
        } else {
            text = e.getOriginalMessage();
        }
        String oneLine = text == null ? "unreadable YAML" : text.replaceAll("\\s+", " ").trim();
        return "YAML syntax error: " + oneLine;
    }
}
