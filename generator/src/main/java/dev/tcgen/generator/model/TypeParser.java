package dev.tcgen.generator.model;

import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.DidYouMean;
import dev.tcgen.generator.spec.RawSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parses a field's type as written in a spec: a primitive, {@code list<T>}, or a data type's name. */
final class TypeParser {

    /** Deeper nesting than this is certainly a mistake and would only make unreadable Java. */
    private static final int MAX_LIST_DEPTH = 8;

    /** What other type systems call tcgen's types, for a hint that names the right one. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "write 'integer' (64-bit)"),
            Map.entry("int32", "write 'integer' (64-bit)"),
            Map.entry("int64", "write 'integer' (64-bit)"),
            Map.entry("uint64", "write 'integer' (64-bit)"),
            Map.entry("long", "write 'integer' (64-bit)"),
            Map.entry("double", "write 'float'"),
            Map.entry("number", "write 'float'"),
            Map.entry("bool", "write 'boolean'"),
            Map.entry("datetime_iso", "write 'timestamp' (ISO-8601 with offset)"),
            Map.entry("instant", "write 'timestamp' (ISO-8601 with offset)"),
            Map.entry("object", "declare a type under 'types', or write 'json' for JSON text"),
            Map.entry("map", "declare a type under 'types', or write 'json' for JSON text"),
            Map.entry("array", "write list<T>"));

    private final Set<String> typeNames;
    private final Diagnostics diagnostics;

    TypeParser(Set<String> typeNames, Diagnostics diagnostics) {
        this.typeNames = typeNames;
        this.diagnostics = diagnostics;
    }

    Optional<FieldType> parse(RawSpec.Located<String> written) {
        String text = written.value() == null ? "" : written.value().replace(" ", "");
        int depth = 0;
        while (text.startsWith("list<") && text.endsWith(">")) {
            text = text.substring(5, text.length() - 1);
            depth++;
        }
        if (depth > MAX_LIST_DEPTH) {
            diagnostics.error(written.location(), "type '" + written.value() + "' nests lists more than " + MAX_LIST_DEPTH + " deep");
            return Optional.empty();
        }
        Optional<FieldType> element = element(text);
        if (element.isEmpty()) {
            diagnostics.error(written.location(), unknownTypeMessage(written.value(), text));
            return Optional.empty();
        }
        FieldType type = element.get();
        for (int i = 0; i < depth; i++) {
            type = new FieldType.ListOf(type);
        }
        return Optional.of(type);
    }

    private Optional<FieldType> element(String name) {
        for (FieldType.Primitive primitive : FieldType.Primitive.values()) {
            if (primitive.specName().equals(name)) {
                return Optional.of(primitive);
            }
        }
        return typeNames.contains(name) ? Optional.of(new FieldType.Ref(name)) : Optional.empty();
    }

    private String unknownTypeMessage(String written, String element) {
        if (element.isEmpty() || element.contains("<") || element.contains(">") || element.contains(",")) {
            return "cannot read type '" + written + "'; write list<T> with T a type name (e.g. list<RunMetadata>)";
        }
        String alias = ALIASES.get(element.toLowerCase(Locale.ROOT));
        if (alias != null && !typeNames.contains(element)) {
            return "unknown type '" + element + "'; " + alias;
        }
        List<String> known = new ArrayList<>();
        for (FieldType.Primitive primitive : FieldType.Primitive.values()) {
            known.add(primitive.specName());
        }
        known.addAll(typeNames);
        String hint = DidYouMean.closest(element, known)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; use string, boolean, integer, float, timestamp, datetime, date, json, list<T> or a type under 'types'");
        return "unknown type '" + element + "'" + hint;
    }
}
