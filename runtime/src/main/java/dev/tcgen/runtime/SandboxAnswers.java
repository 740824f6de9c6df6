package dev.tcgen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Canned answers of a sandbox, and the choice of the answer for a request.
 *
 * <p>An answers file is JSON:
 * <pre>{@code
 * {"answers": [
 *   {"action": "DescribeThings", "request": {"Id": "t-1"}, "response": {"Things": []}},
 *   {"action": "DescribeThings", "request": {"Id": "t-2"},
 *    "response": {"Error": {"Code": "ResourceNotFound", "Message": "no t-2"}}}
 * ]}
 * }</pre>
 * {@code response} is what the service puts inside {@code {"Response": ...}} (the envelope may
 * be included); the sandbox adds a fresh {@code RequestId}. An {@code Error} in it is answered as
 * an API error.
 */
public final class SandboxAnswers {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> ENTRY_KEYS = Set.of("action", "request", "response", "title");

    private SandboxAnswers() {
    }

    /**
     * An answer from JSON text: the request parameters and the response, with or without the
     * {@code {"Response": ...}} envelope. Throws {@link IllegalArgumentException} naming
     * {@code source} when either is not a JSON object.
     *
     * @param action the action answered
     * @param requestJson the request parameters that must agree, a JSON object
     * @param responseJson the response, a JSON object
     * @param source where the answer comes from, for messages
     * @return the answer
     */
    public static Answer of(String action, String requestJson, String responseJson, String source) {
        return new Answer(action, object(parse(requestJson, source), source + ": request"),
                response(parse(responseJson, source), source), source);
    }

    /**
     * The answers of an answers file (see above). Throws {@link IllegalArgumentException} naming
     * {@code source} and the entry when the content is not such a file.
     *
     * @param json the file's content
     * @param source the file's name, for messages
     * @return the answers, in file order
     * @throws java.io.IOException when the content cannot be read
     */
    public static List<Answer> read(InputStream json, String source) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode entries = root == null ? null : root.get("answers");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException(source + ": expected {\"answers\": [...]}");
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = source + ": answers[" + i + "]";
            ObjectNode entry = object(entries.get(i), where);
            for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!ENTRY_KEYS.contains(key)) {
                    throw new IllegalArgumentException(where + ": unknown key '" + key
                            + "' (expected action, request, response, title)");
                }
            }
            JsonNode action = entry.get("action");
            if (action == null || !action.isTextual() || action.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": needs \"action\", the action's name");
            }
            JsonNode request = entry.get("request");
            JsonNode title = entry.get("title");
            String named = title != null && title.isTextual() ? where + " (" + title.asText() + ")" : where;
            answers.add(new Answer(action.asText(),
                    request == null ? MAPPER.createObjectNode() : object(request, where + ": request"),
                    response(entry.get("response"), where), named));
        }
        return answers;
    }

    /**
     * The answer to a request of {@code action}, or null. An answer fits when each parameter it
     * names is equal in the request or absent from it; of those that fit, the one that names the
     * most parameters the request has wins, the earliest on a tie.
     *
     * @param answers the answers to choose from
     * @param action the action requested
     * @param request the request parameters
     * @return the answer, or null when none fits
     */
    public static Answer find(List<Answer> answers, String action, JsonNode request) {
        Answer best = null;
        int bestMatched = -1;
        for (Answer candidate : answers) {
            if (!candidate.action().equals(action)) {
                continue;
            }
            int matched = 0;
            boolean fits = true;
            for (Iterator<String> names = candidate.request().fieldNames(); names.hasNext() && fits; ) {
                String name = names.next();
                JsonNode given = request.get(name);
                if (given != null && !given.isNull()) {
                    fits = given.equals(candidate.request().get(name));
                    matched++;
                }
            }
            if (fits && matched > bestMatched) {
                best = candidate;
                bestMatched = matched;
            }
        }
        return best;
    }

    private static JsonNode parse(String json, String source) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The content of the {@code Response} envelope, which may or may not be given.
     */
    private static ObjectNode response(JsonNode node, String where) {
        ObjectNode response = object(node, where + ": response");
        JsonNode inner = response.get("Response");
        return response.size() == 1 && inner != null ? object(inner, where + ": response") : response;
    }

    private static ObjectNode object(JsonNode node, String where) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new IllegalArgumentException(where + ": expected a JSON object, not "
                + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }

    /**
     * One canned answer.
     *
     * @param action the action it answers, e.g. {@code DescribeThings}
     * @param request the parameters a request must agree with
     * @param response the content of {@code Response}: output fields, or an {@code Error}
     * @param source where the answer came from, for messages
     */
    public static record Answer(String action, ObjectNode request, ObjectNode response,
            String source) {
        /**
         * Checks that every part is given.
         *
         * @param action the action answered
         * @param request the request parameters that must agree
         * @param response the response
         * @param source where the answer comes from, for messages
         */
        public Answer {
            Objects.requireNonNull(action, "action");
            request = request.deepCopy();
            response = response.deepCopy();
        }
    }
}
