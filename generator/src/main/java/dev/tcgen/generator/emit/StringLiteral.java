package dev.tcgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java expression for a string of any length. A class file holds a string constant in at most 65,535 bytes of
 * modified UTF-8 (a Chinese character takes 3), and javac folds {@code "a" + "b"} into one constant, so a longer
 * text becomes {@code String.join("", "chunk", "chunk", ...)}: a call, which javac does not fold, of chunks that
 * each fit.
 */
final class StringLiteral {

    /** The most bytes of modified UTF-8 a class-file string constant holds. */
    static final int CONSTANT_LIMIT = 65_535;

    private StringLiteral() {}

    /** {@code text} as a string literal, or as a join of literals when it does not fit one constant. */
    static CodeBlock of(String text) {
        return of(text, CONSTANT_LIMIT);
    }

    /** As {@link #of(String)} with chunks of at most {@code limit} bytes; for tests of the splitting. */
    static CodeBlock of(String text, int limit) {
        if (modifiedUtf8Length(text, 0, text.length()) <= limit) {
            return CodeBlock.of("$S", text);
        }
        List<CodeBlock> chunks = new ArrayList<>();
        for (String chunk : chunks(text, limit)) {
            chunks.add(CodeBlock.of("$S", chunk));
        }
        return CodeBlock.builder().add("$T.join(\"\",\n$>$>", String.class).add(CodeBlock.join(chunks, ",\n")).add(")$<$<").build();
    }

    /**
     * {@code text} cut into pieces of at most {@code limit} bytes each, after a line break where there is one in
     * the second half of a piece (so that the source reads well), and never inside a surrogate pair (which would
     * leave half a character in each literal).
     */
    static List<String> chunks(String text, int limit) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            int lastBreak = -1;
            while (end < text.length()) {
                int step = Character.isHighSurrogate(text.charAt(end)) && end + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(end + 1)) ? 2 : 1;
                int size = modifiedUtf8Length(text, end, end + step);
                if (bytes + size > limit) {
                    break;
                }
                bytes += size;
                end += step;
                if (text.charAt(end - 1) == '\n' && bytes >= limit / 2) {
                    lastBreak = end;
                }
            }
            if (end < text.length() && lastBreak > start) {
                end = lastBreak;
            }
            if (end == start) {
                throw new IllegalArgumentException("a limit of " + limit + " bytes cannot hold one character");
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }

    /** The bytes {@code text[from, to)} takes in a class file: 1 for U+0001..U+007F, 2 up to U+07FF and for U+0000, else 3 per char. */
    static int modifiedUtf8Length(String text, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}
