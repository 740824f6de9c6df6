package dev.tcgen.generator.spec;

import java.util.List;
import java.util.Map;

/**
 * A YAML node with the place it was read from. Jackson's own tree forgets locations, and every error
 * tcgen reports must point at a line and column, so specs are read into this small tree instead.
 */
public sealed interface Node {

    SourceLocation location();

    /** What a user calls this kind of node in an error message. */
    String kindName();

    /**
     * A scalar; {@code text} is null for a YAML null. {@code blockIndent} is the indentation of a literal
     * block scalar ({@code |}), whose text starts on the line after its location, or -1 for any other scalar.
     */
    record Scalar(String text, Style style, SourceLocation location, int blockIndent) implements Node {

        public Scalar(String text, Style style, SourceLocation location) {
            this(text, style, location, -1);
        }

        /**
         * Where a position inside the scalar's text (1-based line and column) stands in the file: exact for a
         * literal block, the scalar's own location otherwise (quoting and folding move characters around).
         */
        public SourceLocation locate(int textLine, int textColumn) {
            if (blockIndent < 0 || textLine < 1) {
                return location;
            }
            return new SourceLocation(location.file(), location.line() + textLine, blockIndent + Math.max(1, textColumn));
        }

        /** How the scalar was written, which decides what type it may stand for. */
        public enum Style {
            STRING,
            INTEGER,
            FLOAT,
            BOOLEAN,
            NULL
        }

        public boolean isNull() {
            return style == Style.NULL;
        }

        @Override
        public String kindName() {
            return switch (style) {
                case STRING -> "a string";
                case INTEGER -> "an integer";
                case FLOAT -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }
    }

    /** A mapping whose keys keep their own locations; entries are in file order. */
    record Mapping(Map<String, Entry> entries, SourceLocation location) implements Node {

        public record Entry(String key, SourceLocation keyLocation, Node value) {}

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    record Sequence(List<Node> items, SourceLocation location) implements Node {

        @Override
        public String kindName() {
            return "a list";
        }
    }
}
