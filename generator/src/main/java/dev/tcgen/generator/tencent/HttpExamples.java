package dev.tcgen.generator.tencent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the examples of {@code examples.json}: each gives the request as raw HTTP text (request line,
 * headers, a placeholder for the common parameters, a blank line, the JSON body) and the response as JSON.
 * The JSON is kept as the source writes it, only with line ends and trailing blanks tidied.
 */
final class HttpExamples {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The host the examples were sent to, when they agree on one. */
    private final Map<String, Integer> hosts = new LinkedHashMap<>();
    private final List<ImportNote> notes;

    HttpExamples(List<ImportNote> notes) {
        this.notes = notes;
    }

    List<SpecDocument.Example> examples(String action, JsonNode examples) {
        List<SpecDocument.Example> result = new ArrayList<>();
        int index = 0;
        for (JsonNode example : examples) {
            index++;
            String title = MemberConverter.text(example.path("title"));
            String where = action + " example " + index + (title == null ? "" : " '" + title + "'");
            Optional<String> request = request(action, example.path("input").asText(""), where);
            Optional<String> response = json(example.path("output").asText(""));
            if (response.isEmpty()) {
                notes.add(new ImportNote("action example's response is not JSON; example dropped", where));
            }
            if (request.isPresent() && response.isPresent()) {
                result.add(new SpecDocument.Example(title == null ? "Example " + index : title,
                        MemberConverter.text(example.path("document")), request.get(), response.get()));
            }
        }
        return result;
    }

    /** The host most examples name in their {@code Host} header, if any. */
    Optional<String> host() {
        return hosts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private Optional<String> request(String action, String input, String where) {
        String text = input.replace("\r\n", "\n").strip();
        if (text.startsWith("{")) {
            return json(text).or(() -> dropped("action example's request is not JSON; example dropped", where));
        }
        if (!text.startsWith("POST ")) {
            return dropped("action example's request is not a JSON POST (e.g. a GET query string); example dropped", where);
        }
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            return dropped("action example's request has no body after its headers; example dropped", where);
        }
        for (String header : text.substring(0, blank).split("\n")) {
            int colon = header.indexOf(':');
            if (colon <= 0 || header.startsWith("POST ")) {
                continue; // the request line, or a placeholder such as <Common request parameters>
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("host")) {
                hosts.merge(value, 1, Integer::sum);
            } else if (name.equals("x-tc-action") && !value.equals(action)) {
                return dropped("action example is a call of another action (" + value + "); example dropped", where);
            }
        }
        return json(text.substring(blank + 2)).or(() -> dropped("action example's request body is not JSON; example dropped", where));
    }

    private Optional<String> dropped(String what, String where) {
        notes.add(new ImportNote(what, where));
        return Optional.empty();
    }

    /** The text tidied, when it is one JSON object. */
    private static Optional<String> json(String text) {
        String tidy = tidy(text);
        try {
            JsonNode node = JSON.readTree(tidy);
            return node != null && node.isObject() ? Optional.of(tidy) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String tidy(String text) {
        StringBuilder tidy = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").strip().split("\n", -1)) {
            tidy.append(line.stripTrailing()).append('\n');
        }
        return tidy.toString();
    }
}
