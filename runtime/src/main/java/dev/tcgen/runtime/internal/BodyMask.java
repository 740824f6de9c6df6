package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request or response body as wire logging may show it: the value of every member, at any depth, whose name the
 * spec marks sensitive or that is named like a secret ({@code Password}, {@code SecretKey}, {@code Token},
 * {@code Credential}, {@code PrivateKey}, …) is replaced by {@code "***"}. A body that is not JSON is shown as an
 * excerpt with control characters escaped.
 */
final class BodyMask {
    static final String MASK = "***";

    private static final Pattern SECRET_LIKE = Pattern.compile(
            "(?i).*(password|passwd|secret|token|credential|privatekey|signature|authorization).*");

    private static final int EXCERPT_CHARS = 2000;

    private final Set<String> sensitiveFields;

    BodyMask(Set<String> sensitiveFields) {
        this.sensitiveFields = sensitiveFields;
    }

    /** {@code body} with secrets masked, on one line. */
    String masked(byte[] body) {
        JsonNode root;
        try {
            root = JsonTrees.MAPPER.readTree(body);
        } catch (IOException e) {
            return "(not JSON, " + body.length + " bytes) " + excerpt(body);
        }
        if (root == null) {
            return "(empty)";
        }
        mask(root);
        // JSON output escapes C0 controls but not C1, bidi or line separators: those are escaped too, uncut.
        return ServerText.printable(root.toString(), Integer.MAX_VALUE);
    }

    /** Whether values of a member named {@code name} are never logged. */
    boolean isSensitive(String name) {
        return sensitiveFields.contains(name) || SECRET_LIKE.matcher(name).matches();
    }

    private void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                if (isSensitive(member.getKey()) && !member.getValue().isNull()) {
                    member.setValue(TextNode.valueOf(MASK));
                } else {
                    mask(member.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::mask);
        }
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        return ServerText.printable(text, EXCERPT_CHARS) + (body.length > EXCERPT_CHARS * 4 ? "..." : "");
    }
}
