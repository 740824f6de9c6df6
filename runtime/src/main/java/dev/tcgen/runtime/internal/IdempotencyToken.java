package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Part of the prepare stage: an action with an idempotency token (e.g. {@code ClientToken}) that the caller left
 * unset gets a fresh one, once per logical call, so that every attempt sends the same bytes and the server can tell
 * a repeat from a new request. The token is a random UUID: 36 ASCII characters, within Tencent's 64.
 */
final class IdempotencyToken {

    private IdempotencyToken() {
    }

    /**
     * {@code body} (a JSON object as Jackson wrote it) with {@code field} added at the top level holding a new
     * token, or {@code body} itself when the field is already there (the caller's own token is sent unchanged).
     */
    static byte[] fill(byte[] body, String field) {
        if (hasTopLevelField(body, field)) {
            return body;
        }
        String member = quote(field) + ":" + quote(UUID.randomUUID().toString());
        int end = lastClosingBrace(body);
        boolean empty = isEmptyObject(body, end);
        byte[] added = ((empty ? "" : ",") + member + "}").getBytes(StandardCharsets.UTF_8);
        byte[] filled = Arrays.copyOf(body, end + added.length);
        System.arraycopy(added, 0, filled, end, added.length);
        return filled;
    }

    /** Whether the top-level object of {@code body} has a non-null member {@code field}. */
    static boolean hasTopLevelField(byte[] body, String field) {
        try (JsonParser parser = JsonFields.FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a request body is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean match = field.equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (match && value != JsonToken.VALUE_NULL) {
                    return true;
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("the client's own JSON could not be read back", e);
        }
    }

    private static int lastClosingBrace(byte[] body) {
        for (int i = body.length - 1; i >= 0; i--) {
            if (body[i] == '}') {
                return i;
            }
        }
        throw new IllegalStateException("a request body is not a JSON object");
    }

    private static boolean isEmptyObject(byte[] body, int end) {
        for (int i = end - 1; i >= 0; i--) {
            byte b = body[i];
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return false;
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
