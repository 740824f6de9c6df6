package dev.tcgen.generator.spec;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read against the keys it may hold. Unknown keys are reported with the closest allowed
 * key ("did you mean"), missing required keys and values of the wrong kind at their own locations.
 */
final class KeyedMapping {

    private final Node.Mapping mapping;
    private final String what;
    private final Diagnostics diagnostics;

    private KeyedMapping(Node.Mapping mapping, String what, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads {@code node} as a mapping describing {@code what}; reports keys outside {@code allowedKeys}.
     * Empty when the node is not a mapping (already reported).
     */
    static Optional<KeyedMapping> of(Node node, String what, Set<String> allowedKeys, Diagnostics diagnostics) {
        if (!(node instanceof Node.Mapping mapping)) {
            diagnostics.error(node.location(), what + " must be a mapping, not " + node.kindName());
            return Optional.empty();
        }
        for (Node.Mapping.Entry entry : mapping.entries().values()) {
            if (!allowedKeys.contains(entry.key())) {
                diagnostics.error(entry.keyLocation(), unknownKeyMessage(entry.key(), what, allowedKeys));
            }
        }
        return Optional.of(new KeyedMapping(mapping, what, diagnostics));
    }

    static String unknownKeyMessage(String key, String what, Set<String> allowedKeys) {
        String message = "unknown key '" + key + "' in " + what;
        Optional<String> suggestion = DidYouMean.closest(key, allowedKeys);
        if (suggestion.isPresent()) {
            return message + "; did you mean '" + suggestion.get() + "'?";
        }
        return message + "; allowed keys: " + String.join(", ", allowedKeys.stream().sorted().toList());
    }

    SourceLocation location() {
        return mapping.location();
    }

    Optional<Node.Mapping.Entry> entry(String key) {
        return Optional.ofNullable(mapping.entries().get(key));
    }

    /** The node under {@code key}, treating an explicit YAML null like an absent key. */
    Optional<Node> node(String key) {
        return entry(key).map(Node.Mapping.Entry::value).filter(n -> !(n instanceof Node.Scalar s && s.isNull()));
    }

    Optional<RawSpec.Located<String>> string(String key, boolean required) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            if (required) {
                diagnostics.error(mapping.location(), what + " is missing the required key '" + key + "'");
            }
            return Optional.empty();
        }
        // Numbers and booleans are accepted as text: a hand-written 'version: 2022-11-28' must not fail here.
        if (node.get() instanceof Node.Scalar scalar) {
            return Optional.of(new RawSpec.Located<>(scalar.text(), scalar.location()));
        }
        diagnostics.error(node.get().location(), "'" + key + "' in " + what + " must be a string, not " + node.get().kindName());
        return Optional.empty();
    }

    String text(String key) {
        return string(key, false).map(RawSpec.Located::value).orElse(null);
    }

    Optional<RawSpec.Located<Boolean>> bool(String key, boolean required) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            if (required) {
                diagnostics.error(mapping.location(), what + " is missing the required key '" + key + "' (true or false)");
            }
            return Optional.empty();
        }
        if (node.get() instanceof Node.Scalar scalar && scalar.style() == Node.Scalar.Style.BOOLEAN) {
            return Optional.of(new RawSpec.Located<>(Boolean.parseBoolean(scalar.text()), scalar.location()));
        }
        diagnostics.error(node.get().location(), "'" + key + "' in " + what + " must be true or false, not " + node.get().kindName());
        return Optional.empty();
    }

    Optional<RawSpec.Located<Long>> integer(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof Node.Scalar scalar && scalar.style() == Node.Scalar.Style.INTEGER) {
            try {
                return Optional.of(new RawSpec.Located<>(Long.parseLong(scalar.text()), scalar.location()));
            } catch (NumberFormatException e) {
                diagnostics.error(scalar.location(), "'" + key + "' in " + what + " is too large for a 64-bit integer");
                return Optional.empty();
            }
        }
        diagnostics.error(node.get().location(), "'" + key + "' in " + what + " must be a whole number, not " + node.get().kindName());
        return Optional.empty();
    }

    /** The entries of a nested mapping such as {@code actions} or {@code fields}, or none. */
    List<Node.Mapping.Entry> entries(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof Node.Mapping nested) {
            return List.copyOf(nested.entries().values());
        }
        diagnostics.error(node.get().location(), "'" + key + "' in " + what + " must be a mapping, not " + node.get().kindName());
        return List.of();
    }

    List<Node> items(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof Node.Sequence sequence) {
            return sequence.items();
        }
        diagnostics.error(node.get().location(), "'" + key + "' in " + what + " must be a list, not " + node.get().kindName());
        return List.of();
    }
}
