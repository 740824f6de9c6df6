package dev.tcgen.generator.tencent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link SpecDocument} as spec YAML that people can read and review: keys in a fixed order,
 * plain scalars where they cannot be misread, double quotes otherwise, and literal {@code |} blocks for
 * multi-line text such as example JSON. The same document always gives the same bytes.
 */
final class SpecYamlWriter {

    /** Text that YAML reads back as the same string when written plain: no indicators, no special line breaks. */
    private static final Pattern PLAIN = Pattern.compile(
            "[A-Za-z/\\u00c0-\\u2027\\u202a-\\ufefe\\uff00-\\ufffd][A-Za-z0-9 _./(),;'+*<>=?\\u00c0-\\u2027\\u202a-\\ufefe\\uff00-\\ufffd-]*");

    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");

    private final StringBuilder out = new StringBuilder();

    /** The lines of {@code out} counted so far, and up to which character. */
    private int lines;
    private int countedTo;

    private final List<ExampleLines> exampleLines = new ArrayList<>();

    /**
     * The spec text, with the lines each action example takes in it.
     *
     * @param examples in document order, so in ascending lines
     */
    record Written(String yaml, List<ExampleLines> examples) {}

    /**
     * Where one action example stands in the written text: lines {@code first} to {@code last}, 1-based, inclusive.
     *
     * @param action the index of its action in the document
     * @param example its index among the action's examples
     */
    record ExampleLines(int action, int example, int first, int last) {}

    static String write(SpecDocument document) {
        return writeWithLines(document).yaml();
    }

    static Written writeWithLines(SpecDocument document) {
        SpecYamlWriter writer = new SpecYamlWriter();
        writer.document(document);
        return new Written(writer.out.toString(), List.copyOf(writer.exampleLines));
    }

    /** How many whole lines are written so far; counts each character once, however often it is asked. */
    private int linesWritten() {
        for (; countedTo < out.length(); countedTo++) {
            if (out.charAt(countedTo) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private void document(SpecDocument document) {
        if (document.comment() != null) {
            for (String line : document.comment().split("\n", -1)) {
                out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
            }
        }
        out.append("tcgen: 1\n\nservice:\n");
        SpecDocument.Service service = document.service();
        entry(1, "name", service.name());
        entry(1, "version", service.version());
        entry(1, "host", service.host());
        entry(1, "title", service.title());

        out.append("\nactions:\n");
        for (int a = 0; a < document.actions().size(); a++) {
            SpecDocument.Action action = document.actions().get(a);
            key(1, action.name());
            entry(2, "title", action.title());
            entry(2, "description", action.description());
            line(2, "regionRequired: " + action.regionRequired());
            if (action.idempotent() != null) {
                line(2, "idempotent: " + action.idempotent());
            }
            if (SpecDocument.Action.NO_TOKEN.equals(action.idempotencyToken())) {
                line(2, "idempotencyToken: false");
            } else {
                entry(2, "idempotencyToken", action.idempotencyToken());
            }
            fields(2, "request", action.request());
            fields(2, "response", action.response());
            pagination(2, action.pagination());
            if (!action.errors().isEmpty()) {
                line(2, "errors:");
                for (String code : action.errors()) {
                    line(3, "- " + scalar(code, 3));
                }
            }
            if (!action.examples().isEmpty()) {
                line(2, "examples:");
                for (int e = 0; e < action.examples().size(); e++) {
                    SpecDocument.Example example = action.examples().get(e);
                    int first = linesWritten() + 1;
                    listEntry(3, "title", example.title());
                    entry(4, "description", example.description());
                    entry(4, "request", example.request());
                    entry(4, "response", example.response());
                    exampleLines.add(new ExampleLines(a, e, first, linesWritten()));
                }
            }
        }
        if (!document.types().isEmpty()) {
            out.append("\ntypes:\n");
            for (SpecDocument.Type type : document.types()) {
                key(1, type.name());
                entry(2, "description", type.description());
                fields(2, "fields", type.fields());
            }
        }
        if (!document.errors().isEmpty()) {
            out.append("\nerrors:\n");
            for (SpecDocument.ErrorCode code : document.errors()) {
                if (code.constant() != null) {
                    key(1, code.code());
                    entry(2, "description", code.description());
                    line(2, "constant: " + code.constant());
                } else if (code.description() == null) {
                    line(1, keyText(code.code()) + ": null");
                } else {
                    entry(1, code.code(), code.description());
                }
            }
        }
    }

    private void pagination(int indent, SpecDocument.Pagination pagination) {
        if (pagination == null) {
            return;
        }
        line(indent, "pagination:");
        entry(indent + 1, pagination.kind(), pagination.position());
        entry(indent + 1, pagination.kind().equals("page") ? "pageSize" : "limit", pagination.size());
        if (pagination.firstPage() != null) {
            line(indent + 1, "firstPage: " + pagination.firstPage());
        }
        entry(indent + 1, "nextToken", pagination.nextToken());
        entry(indent + 1, "total", pagination.total());
        entry(indent + 1, "items", pagination.items());
    }

    private void fields(int indent, String key, List<SpecDocument.Field> fields) {
        if (fields.isEmpty()) {
            return;
        }
        line(indent, key + ":");
        for (SpecDocument.Field field : fields) {
            key(indent + 1, field.name());
            entry(indent + 2, "type", field.type());
            if (field.required()) {
                line(indent + 2, "required: true");
            }
            if (field.sensitive()) {
                line(indent + 2, "sensitive: true");
            }
            entry(indent + 2, "description", field.description());
            Object example = field.example();
            if (example instanceof String text) {
                entry(indent + 2, "example", text);
            } else if (example != null) {
                line(indent + 2, "example: " + example);
            }
        }
    }

    private void key(int indent, String key) {
        line(indent, keyText(key) + ":");
    }

    /** A key with a string value; nothing when the value is null. */
    private void entry(int indent, String key, String value) {
        if (value != null) {
            line(indent, keyText(key) + ": " + scalar(value, indent + 1));
        }
    }

    /** The first entry of a sequence item, which opens it with {@code - }. */
    private void listEntry(int indent, String key, String value) {
        line(indent, "- " + keyText(key) + ": " + (value == null ? "null" : scalar(value, indent + 1)));
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    private static String keyText(String key) {
        return PLAIN_KEY.matcher(key).matches() && !YAML_WORDS.contains(key.toLowerCase(Locale.ROOT)) ? key : quoted(key);
    }

    /** A scalar value; a literal block indented at {@code indent} levels when the text has several lines. */
    private static String scalar(String value, int indent) {
        if (isLiteralBlockSafe(value)) {
            String indentation = "  ".repeat(indent);
            boolean finalNewline = value.endsWith("\n");
            String body = finalNewline ? value.substring(0, value.length() - 1) : value;
            StringBuilder block = new StringBuilder(finalNewline ? "|" : "|-");
            for (String line : body.split("\n", -1)) {
                block.append('\n');
                if (!line.isEmpty()) {
                    block.append(indentation).append(line);
                }
            }
            return block.toString();
        }
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !value.contains(" #")
                && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        return quoted(value);
    }

    /**
     * A literal block keeps text exactly only when it has several lines, no carriage returns or other
     * control characters, no trailing blanks, no leading blank on its first line and at most one final newline.
     */
    private static boolean isLiteralBlockSafe(String value) {
        if (!value.contains("\n") || value.endsWith("\n\n") || value.startsWith(" ") || value.startsWith("\n")) {
            return false;
        }
        for (String line : value.split("\n", -1)) {
            if (line.endsWith(" ") || line.endsWith("\t")) {
                return false;
            }
        }
        return value.chars().noneMatch(c -> c != '\n' && (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff));
    }

    /** A double-quoted YAML scalar; the escapes used are common to YAML and JSON. */
    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
