package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.CodeBlock;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long strings are cut into chunks that each fit a class-file constant, and nothing is lost or split in half. */
class StringLiteralTest {

    @Test
    void countsBytesAsTheClassFileDoes() throws IOException {
        for (String text : List.of("plain", "é", "中文", "\0", "😀", "a中\0é😀\n")) {
            assertEquals(classFileLength(text), StringLiteral.modifiedUtf8Length(text, 0, text.length()), text);
        }
    }

    @Test
    void aTextThatFitsStaysOneLiteral() {
        String text = "中".repeat(StringLiteral.CONSTANT_LIMIT / 3);
        assertEquals(CodeBlock.of("$S", text), StringLiteral.of(text));
        assertTrue(StringLiteral.of(text + "中").toString().startsWith("java.lang.String.join(\"\","));
    }

    @Test
    void chunksFitJoinToTheTextAndKeepSurrogatePairsWhole() throws IOException {
        String text = "ab中😀\n".repeat(50) + "😀".repeat(40) + "x";
        for (int limit = 6; limit <= 40; limit++) {
            List<String> chunks = StringLiteral.chunks(text, limit);
            assertEquals(text, String.join("", chunks), "limit " + limit);
            for (String chunk : chunks) {
                assertTrue(classFileLength(chunk) <= limit, "limit " + limit + ": " + chunk);
                assertFalse(Character.isLowSurrogate(chunk.charAt(0)), "limit " + limit + " split a pair: " + chunk);
                assertFalse(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)), "limit " + limit + " split a pair: " + chunk);
            }
        }
    }

    @Test
    void chunksEndAfterALineBreakWhereOneIsNearTheLimit() {
        String line = "{\"Name\": \"中文\"},\n";
        List<String> chunks = StringLiteral.chunks(line.repeat(1000), 1000);
        assertTrue(chunks.size() > 1);
        chunks.subList(0, chunks.size() - 1).forEach(chunk -> assertTrue(chunk.endsWith("\n"), chunk));
    }

    /** The length javac would write, from the JDK's own modified UTF-8 encoder (less its two length bytes). */
    private static int classFileLength(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF(text);
        return bytes.size() - 2;
    }
}
