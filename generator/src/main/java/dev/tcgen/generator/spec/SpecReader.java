package dev.tcgen.generator.spec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads spec files into {@link RawSpec}s: YAML syntax, the keys each element may have, and the YAML kind of
 * every value. Meaning (types, references, names) is checked later, by the model stage.
 */
public final class SpecReader {

    /** The format version this reader understands, written as {@code tcgen: 1} at the top of a spec. */
    public static final int FORMAT_VERSION = 1;

    static final Set<String> TOP_KEYS = Set.of("tcgen", "service", "actions", "types", "errors", "commonErrors");
    static final Set<String> SERVICE_KEYS = Set.of("name", "version", "host", "title");
    static final Set<String> ACTION_KEYS = Set.of(
            "title", "description", "rateLimit", "regionRequired", "request", "response", "errors", "examples",
            "idempotent", "idempotencyToken", "pagination");
    static final Set<String> TYPE_KEYS = Set.of("description", "fields");
    static final Set<String> FIELD_KEYS = Set.of("type", "required", "description", "example", "sensitive");
    static final Set<String> EXAMPLE_KEYS = Set.of("title", "description", "request", "response");
    static final Set<String> ERROR_CODE_KEYS = Set.of("description", "constant");

    private final YamlTreeReader yaml = new YamlTreeReader();

    /** Reads a file from disk; the name used in problems is {@code displayName}. */
    public Optional<RawSpec> read(Path file, String displayName, Diagnostics diagnostics) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceLocation.ofFile(displayName), "the file is not valid UTF-8; save it as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(displayName), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return read(displayName, text, diagnostics);
    }

    public Optional<RawSpec> read(String fileName, String text, Diagnostics diagnostics) {
        return yaml.read(fileName, text, diagnostics).flatMap(root -> readSpec(root, diagnostics));
    }

    private Optional<RawSpec> readSpec(Node root, Diagnostics diagnostics) {
        Optional<KeyedMapping> top = KeyedMapping.of(root, "the spec", TOP_KEYS, diagnostics);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        KeyedMapping spec = top.get();
        Optional<Node.Mapping.Entry> version = spec.entry("tcgen");
        if (version.isEmpty()) {
            diagnostics.error(spec.location(), "missing 'tcgen: " + FORMAT_VERSION + "' (the spec format version) at the top of the file");
        } else if (!(version.get().value() instanceof Node.Scalar scalar
                && scalar.style() == Node.Scalar.Style.INTEGER
                && String.valueOf(FORMAT_VERSION).equals(scalar.text()))) {
            diagnostics.error(version.get().value().location(),
                    "unsupported spec format version; this tcgen reads 'tcgen: " + FORMAT_VERSION + "'");
        }

        List<RawSpec.ErrorCode> commonErrors = readErrorCodes(spec, "commonErrors", diagnostics);
        boolean hasService = spec.entry("service").isPresent();
        if (!hasService && commonErrors.isEmpty()) {
            diagnostics.error(spec.location(),
                    "the spec has neither 'service' (a service spec) nor 'commonErrors' (the shared error codes); add one");
            return Optional.empty();
        }
        if (hasService && spec.entry("commonErrors").isPresent()) {
            diagnostics.error(spec.entry("commonErrors").get().keyLocation(),
                    "'commonErrors' belongs in its own file, not in a service spec; move it out");
        }
        if (!hasService) {
            for (String key : List.of("actions", "types", "errors")) {
                spec.entry(key).ifPresent(e -> diagnostics.error(e.keyLocation(),
                        "'" + key + "' needs a 'service'; a common-error-codes file holds only 'tcgen' and 'commonErrors'"));
            }
            return Optional.of(new RawSpec(spec.location(), null, List.of(), List.of(), List.of(), commonErrors));
        }

        RawSpec.Service service = spec.node("service")
                .flatMap(node -> KeyedMapping.of(node, "'service'", SERVICE_KEYS, diagnostics))
                .map(m -> new RawSpec.Service(
                        m.string("name", true).orElse(null),
                        m.string("version", true).orElse(null),
                        m.string("host", true).orElse(null),
                        m.text("title"),
                        m.location()))
                .orElse(null);
        if (service == null) {
            diagnostics.error(spec.entry("service").get().keyLocation(), "'service' must give name, version and host");
            return Optional.empty();
        }

        List<RawSpec.Action> actions = new ArrayList<>();
        for (Node.Mapping.Entry entry : spec.entries("actions")) {
            readAction(entry, diagnostics).ifPresent(actions::add);
        }
        List<RawSpec.Type> types = new ArrayList<>();
        for (Node.Mapping.Entry entry : spec.entries("types")) {
            String what = "type '" + entry.key() + "'";
            RawSpec.Located<String> name = new RawSpec.Located<>(entry.key(), entry.keyLocation());
            // A malformed type is kept, empty, so that fields using it are not also reported as unknown types.
            types.add(KeyedMapping.of(entry.value(), what, TYPE_KEYS, diagnostics)
                    .map(m -> new RawSpec.Type(name, m.text("description"), readFields(m, "fields", what, diagnostics)))
                    .orElse(new RawSpec.Type(name, null, List.of())));
        }
        return Optional.of(new RawSpec(
                spec.location(), service, actions, types, readErrorCodes(spec, "errors", diagnostics), commonErrors));
    }

    private Optional<RawSpec.Action> readAction(Node.Mapping.Entry entry, Diagnostics diagnostics) {
        String what = "action '" + entry.key() + "'";
        return KeyedMapping.of(entry.value(), what, ACTION_KEYS, diagnostics).map(m -> {
            List<RawSpec.Located<String>> errors = new ArrayList<>();
            for (Node item : m.items("errors")) {
                if (item instanceof Node.Scalar scalar && scalar.style() == Node.Scalar.Style.STRING) {
                    errors.add(new RawSpec.Located<>(scalar.text(), scalar.location()));
                } else {
                    diagnostics.error(item.location(), "an error code in " + what + " must be a string, not " + item.kindName());
                }
            }
            List<RawSpec.Example> examples = new ArrayList<>();
            for (Node item : m.items("examples")) {
                readExample(item, what, diagnostics).ifPresent(examples::add);
            }
            return new RawSpec.Action(
                    new RawSpec.Located<>(entry.key(), entry.keyLocation()),
                    m.text("title"),
                    m.string("description", true).map(RawSpec.Located::value).orElse(null),
                    m.integer("rateLimit").orElse(null),
                    m.bool("regionRequired", true).map(RawSpec.Located::value).orElse(false),
                    readFields(m, "request", what, diagnostics),
                    readFields(m, "response", what, diagnostics),
                    errors,
                    examples,
                    m.bool("idempotent", false).orElse(null),
                    idempotencyToken(m, what, diagnostics),
                    PaginationReader.read(m, what, diagnostics).orElse(null));
        });
    }

    /** {@code idempotencyToken}: a field's wire name, or {@code false} for none (a located null); null when absent. */
    private static RawSpec.Located<String> idempotencyToken(KeyedMapping action, String what, Diagnostics diagnostics) {
        Optional<Node> node = action.node("idempotencyToken");
        if (node.isEmpty()) {
            return null;
        }
        if (node.get() instanceof Node.Scalar scalar) {
            if (scalar.style() == Node.Scalar.Style.STRING) {
                return new RawSpec.Located<>(scalar.text(), scalar.location());
            }
            if (scalar.style() == Node.Scalar.Style.BOOLEAN && !Boolean.parseBoolean(scalar.text())) {
                return new RawSpec.Located<>(null, scalar.location());
            }
        }
        String given = node.get() instanceof Node.Scalar scalar && scalar.style() == Node.Scalar.Style.BOOLEAN
                ? scalar.text() : node.get().kindName();
        diagnostics.error(node.get().location(), "'idempotencyToken' in " + what + " must be the wire name of a string"
                + " request field (e.g. ClientToken), or false when the action has no token, not " + given);
        return null;
    }

    private Optional<RawSpec.Example> readExample(Node node, String action, Diagnostics diagnostics) {
        return KeyedMapping.of(node, "an example of " + action, EXAMPLE_KEYS, diagnostics).map(m -> new RawSpec.Example(
                m.text("title"),
                m.text("description"),
                jsonText(m, "request", diagnostics),
                jsonText(m, "response", diagnostics),
                m.location()));
    }

    private static Node.Scalar jsonText(KeyedMapping example, String key, Diagnostics diagnostics) {
        Optional<Node> node = example.node(key);
        if (node.isEmpty()) {
            diagnostics.error(example.location(), "an example is missing '" + key + "' (the JSON text, e.g. as a '|' block)");
            return null;
        }
        if (node.get() instanceof Node.Scalar scalar && scalar.style() == Node.Scalar.Style.STRING) {
            return scalar;
        }
        diagnostics.error(node.get().location(),
                "the example's '" + key + "' must be JSON text in a string (use a '|' block), not " + node.get().kindName());
        return null;
    }

    private static List<RawSpec.Field> readFields(KeyedMapping owner, String key, String what, Diagnostics diagnostics) {
        List<RawSpec.Field> fields = new ArrayList<>();
        for (Node.Mapping.Entry entry : owner.entries(key)) {
            String fieldWhat = "field '" + entry.key() + "' of " + what;
            KeyedMapping.of(entry.value(), fieldWhat, FIELD_KEYS, diagnostics).ifPresent(m -> {
                Node.Scalar example = null;
                Optional<Node> exampleNode = m.node("example");
                if (exampleNode.isPresent()) {
                    if (exampleNode.get() instanceof Node.Scalar scalar) {
                        example = scalar;
                    } else {
                        diagnostics.error(exampleNode.get().location(),
                                "the example of " + fieldWhat + " must be a single value, not " + exampleNode.get().kindName());
                    }
                }
                fields.add(new RawSpec.Field(
                        new RawSpec.Located<>(entry.key(), entry.keyLocation()),
                        m.string("type", true).orElse(null),
                        m.bool("required", false).orElse(null),
                        m.text("description"),
                        example,
                        m.bool("sensitive", false).orElse(null)));
            });
        }
        return fields;
    }

    /** An error code is {@code Code: description} or {@code Code: {description: ..., constant: NAME}}. */
    private static List<RawSpec.ErrorCode> readErrorCodes(KeyedMapping owner, String key, Diagnostics diagnostics) {
        List<RawSpec.ErrorCode> codes = new ArrayList<>();
        for (Node.Mapping.Entry entry : owner.entries(key)) {
            RawSpec.Located<String> code = new RawSpec.Located<>(entry.key(), entry.keyLocation());
            if (entry.value() instanceof Node.Mapping) {
                KeyedMapping.of(entry.value(), "error code '" + entry.key() + "'", ERROR_CODE_KEYS, diagnostics)
                        .ifPresent(m -> codes.add(new RawSpec.ErrorCode(
                                code, m.text("description"), m.string("constant", false).orElse(null))));
                continue;
            }
            String description = null;
            if (entry.value() instanceof Node.Scalar scalar && scalar.style() == Node.Scalar.Style.STRING) {
                description = scalar.text();
            } else if (!(entry.value() instanceof Node.Scalar scalar && scalar.isNull())) {
                diagnostics.error(entry.value().location(), "the description of error code '" + entry.key()
                        + "' must be a string (or a mapping with 'description' and 'constant'), not " + entry.value().kindName());
            }
            codes.add(new RawSpec.ErrorCode(code, description));
        }
        return codes;
    }
}
