package dev.tcgen.generator.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.ErrorCode;
import dev.tcgen.generator.model.Example;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A back end: describes one service as an OpenAPI 3.0 document, for tools outside Java. Every action is
 * {@code POST /}, told apart by the {@code X-TC-Action} header; as OpenAPI keys operations by path, each gets
 * the path {@code /#Action}, whose fragment HTTP clients never send. Bodies are the {@code {"Response": ...}}
 * envelope, which holds either the action's output or an error, always with HTTP status 200.
 */
public final class OpenApiExporter {

    static final String OPENAPI_VERSION = "3.0.3";
    static final String ERROR_RESPONSE = "tcgen.ErrorResponse";
    static final String ERROR = "tcgen.Error";
    static final String KNOWN_ERROR_CODE = "tcgen.KnownErrorCode";
    static final String SECURITY_SCHEME = "TC3";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaMapper schemas = new SchemaMapper();

    /** The document for {@code service}; {@code commonErrors} are the codes every service may return. */
    public ObjectNode export(Service service, List<ErrorCode> commonErrors) {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", OPENAPI_VERSION);
        ObjectNode info = root.putObject("info");
        info.put("title", (service.title() == null ? service.name() : service.title()) + " (" + service.name() + ")");
        info.put("version", service.version());
        info.put("description", """
                Tencent Cloud API 3.0 service `%s`, version %s, exported by tcgen from its spec.

                Every action is `POST /` with a JSON body; the header `X-TC-Action` names the action (each operation's \
                path `/#Action` is only a key: the fragment is never sent). Each request also carries `X-TC-Version`, \
                `X-TC-Timestamp`, `X-TC-Region` where the action needs it, and the TC3-HMAC-SHA256 signature in \
                `Authorization`. Responses always have HTTP status 200; the body `{"Response": {...}}` holds either \
                the action's output or `Error` with `Code` and `Message`, and always `RequestId`. Any response field \
                may be null, and servers add fields over time."""
                .formatted(service.name(), service.version()));
        root.putArray("servers").addObject()
                .put("url", "https://" + service.host())
                .put("description", "The service's endpoint; regional endpoints are <region>." + service.host());
        root.putArray("security").addObject().putArray(SECURITY_SCHEME);

        ObjectNode paths = root.putObject("paths");
        for (Action action : service.actions()) {
            paths.putObject("/#" + action.name()).set("post", operation(service, action));
        }

        ObjectNode components = root.putObject("components");
        ObjectNode schemaNodes = components.putObject("schemas");
        for (Action action : service.actions()) {
            schemaNodes.set(action.request().name(), schemas.object(action.request()));
            schemaNodes.set(action.response().name(), schemas.object(action.response()));
            schemaNodes.set(envelopeName(action), envelope(action));
        }
        for (Shape type : service.types()) {
            schemaNodes.set(type.name(), schemas.object(type));
        }
        errorSchemas(schemaNodes, service, commonErrors);
        HeaderParameters.addTo(components.putObject("parameters"), service);
        components.putObject("securitySchemes").putObject(SECURITY_SCHEME)
                .put("type", "apiKey")
                .put("in", "header")
                .put("name", "Authorization")
                .put("description", """
                        TC3-HMAC-SHA256 request signature: `TC3-HMAC-SHA256 Credential=<SecretId>/<date>/%s/tc3_request, \
                        SignedHeaders=content-type;host, Signature=<hex>`, computed per request from the SecretKey over the \
                        canonical request (method, path, query, the signed headers, the SHA-256 of the body) and \
                        `X-TC-Timestamp`. It is not a static key: clients must compute it for every call.""".formatted(service.name()));
        return root;
    }

    private ObjectNode operation(Service service, Action action) {
        ObjectNode operation = JSON.createObjectNode();
        operation.put("operationId", action.name());
        if (action.title() != null) {
            operation.put("summary", action.title());
        }
        StringBuilder description = new StringBuilder(action.description() == null ? "" : action.description() + "\n\n");
        description.append("Send as `POST /` with `X-TC-Action: ").append(action.name()).append("`. ")
                .append(action.regionRequired() ? "A region is required." : "A region is not required.");
        if (action.rateLimit() != null) {
            description.append(" Limited to ").append(action.rateLimit()).append(" requests per second.");
        }
        List<ErrorCode> codes = action.errors().isEmpty() ? service.errors() : action.errors();
        if (!codes.isEmpty()) {
            description.append("\n\nError codes (besides the common ones):");
            for (ErrorCode code : codes) {
                description.append("\n- `").append(code.code()).append('`')
                        .append(code.description() == null ? "" : ": " + code.description());
            }
        }
        operation.put("description", description.toString());
        operation.putArray("tags").add(service.name());
        ArrayNode parameters = operation.putArray("parameters");
        parameters.addObject()
                .put("name", "X-TC-Action")
                .put("in", "header")
                .put("required", true)
                .put("description", "The action: always " + action.name() + " for this operation.")
                .putObject("schema").put("type", "string").putArray("enum").add(action.name());
        for (String parameter : HeaderParameters.forAction(action)) {
            parameters.addObject().put("$ref", "#/components/parameters/" + parameter);
        }
        ObjectNode body = operation.putObject("requestBody").put("required", true);
        ObjectNode requestMedia = body.putObject("content").putObject("application/json");
        requestMedia.putObject("schema").put("$ref", SchemaMapper.ref(action.request().name()));
        examples(requestMedia, action, true);

        ObjectNode ok = operation.putObject("responses").putObject("200");
        ok.put("description", "The envelope: the action's output, or an error (the HTTP status is 200 either way).");
        ObjectNode responseMedia = ok.putObject("content").putObject("application/json");
        responseMedia.putObject("schema").put("$ref", SchemaMapper.ref(envelopeName(action)));
        examples(responseMedia, action, false);
        ArrayNode errorCodes = operation.putArray("x-tc-error-codes");
        codes.forEach(code -> errorCodes.add(code.code()));
        return operation;
    }

    private static void examples(ObjectNode media, Action action, boolean request) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        int index = 0;
        for (Example example : action.examples()) {
            index++;
            String text = request ? example.requestJson() : example.responseJson();
            if (text == null) {
                continue;
            }
            try {
                ObjectNode node = JSON.createObjectNode();
                if (example.title() != null) {
                    node.put("summary", example.title());
                }
                if (example.description() != null) {
                    node.put("description", example.description());
                }
                node.set("value", JSON.readTree(text));
                values.put("example" + index, node);
            } catch (JsonProcessingException e) {
                // the model stage has checked the example; nothing unreadable reaches here
                throw new IllegalStateException("example " + index + " of " + action.name() + " is not JSON", e);
            }
        }
        if (!values.isEmpty()) {
            values.forEach(media.putObject("examples")::set);
        }
    }

    private static String envelopeName(Action action) {
        return action.response().name() + ".Envelope";
    }

    private static ObjectNode envelope(Action action) {
        ObjectNode envelope = JSON.createObjectNode().put("type", "object");
        envelope.put("description", "What " + action.name() + " answers: its output, or an error.");
        envelope.putArray("required").add("Response");
        ArrayNode anyOf = envelope.putObject("properties").putObject("Response").putArray("anyOf");
        anyOf.addObject().put("$ref", SchemaMapper.ref(action.response().name()));
        anyOf.addObject().put("$ref", SchemaMapper.ref(ERROR_RESPONSE));
        return envelope;
    }

    private static void errorSchemas(ObjectNode schemas, Service service, List<ErrorCode> commonErrors) {
        ObjectNode errorResponse = schemas.putObject(ERROR_RESPONSE).put("type", "object")
                .put("description", "The envelope's content when the call failed.");
        errorResponse.putArray("required").add("Error").add("RequestId");
        ObjectNode properties = errorResponse.putObject("properties");
        properties.putObject("Error").put("$ref", SchemaMapper.ref(ERROR));
        properties.putObject("RequestId").put("type", "string").put("description", "The request's unique ID; give it when reporting a problem.");

        ObjectNode error = schemas.putObject(ERROR).put("type", "object");
        error.putArray("required").add("Code").add("Message");
        ObjectNode errorProperties = error.putObject("properties");
        errorProperties.putObject("Code").put("type", "string")
                .put("description", "The error code: one of " + KNOWN_ERROR_CODE + ", or a code added since the spec was written.");
        errorProperties.putObject("Message").put("type", "string").put("description", "What went wrong, in words.");

        StringBuilder description = new StringBuilder("The error codes the spec documents: the service's, then the common ones.");
        ArrayNode known = JSON.createArrayNode();
        for (List<ErrorCode> codes : List.of(service.errors(), commonErrors)) {
            for (ErrorCode code : codes) {
                known.add(code.code());
                description.append("\n- `").append(code.code()).append('`')
                        .append(code.description() == null ? "" : ": " + code.description());
            }
        }
        ObjectNode knownCodes = schemas.putObject(KNOWN_ERROR_CODE).put("type", "string").put("description", description.toString());
        knownCodes.set("enum", known);
    }

    /** The document as JSON, or as YAML when {@code yaml}; the same document always gives the same text. */
    public static String write(ObjectNode document, boolean yaml) {
        try {
            if (yaml) {
                YAMLMapper mapper = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
                return mapper.writeValueAsString(document);
            }
            return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
