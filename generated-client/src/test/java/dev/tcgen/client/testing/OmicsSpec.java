package dev.tcgen.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the omics spec itself says, read from {@code ../spec/omics/2022-11-28.yaml} so tests never restate it. */
public final class OmicsSpec {

    public static final Path FILE = Path.of("..", "spec", "omics", "2022-11-28.yaml");

    /** One example call: request and response as JSON trees parsed from the spec's verbatim text. */
    public record Example(String title, String requestJson, String responseJson) {}

    private final JsonNode action;

    private OmicsSpec(JsonNode action) {
        this.action = action;
    }

    public static OmicsSpec getRunCalls() {
        try {
            JsonNode root = new YAMLMapper().readTree(FILE.toFile());
            return new OmicsSpec(root.path("actions").path("GetRunCalls"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stand-in omics endpoint (signature checked) enforcing the rate limit the spec documents for GetRunCalls. */
    public static FakeTencentCloud fakeTencentCloud() throws IOException {
        return new FakeTencentCloud("omics", "2022-11-28", getRunCalls().rateLimit());
    }

    public List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (JsonNode example : action.path("examples")) {
            examples.add(new Example(example.path("title").asText(), example.path("request").asText(),
                    example.path("response").asText()));
        }
        return examples;
    }

    public List<String> errorCodes() {
        List<String> codes = new ArrayList<>();
        action.path("errors").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    public int rateLimit() {
        return action.path("rateLimit").asInt();
    }

    public static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
