package dev.tcgen.generator.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.codec.AcceptedVariants.Variant;
import dev.tcgen.generator.codec.RecordShape.Field;
import dev.tcgen.generator.codec.RecordShape.ListOf;
import dev.tcgen.generator.codec.RecordShape.RecordOf;
import dev.tcgen.generator.codec.RecordShape.Scalar;
import dev.tcgen.generator.codec.RecordShape.WireType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hostile spellings of a record's JSON, which both paths must refuse: each field given values of every wrong JSON
 * kind (string, number, boolean, object, array), a fraction or an out-of-range integer for an integer, null or a
 * wrong element inside a list (at every depth of a list of lists), a non-array for a list and a non-object for a
 * nested record, and a nested record with a wrong field.
 */
final class WrongKindMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Wrong values, as JSON text, for each scalar kind. */
    private static final Map<Scalar, List<String>> WRONG = Map.of(
            Scalar.STRING, List.of("0", "-1", "1.5", "true", "false", "{}", "{\"a\": \"b\"}", "[]", "[\"x\"]"),
            Scalar.INTEGER, List.of("\"1\"", "\"\"", "\"x\"", "1.5", "1.0", "1e2", "-0.0", "9223372036854775808",
                    "-9223372036854775809", "100000000000000000000000", "true", "false", "{}", "[]", "[1]"),
            Scalar.FLOAT, List.of("\"1.5\"", "\"1\"", "\"\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
                    "\"INF\"", "\"-INF\"", "\"nan\"", "true", "false",
                    "{}", "[]", "[1.5]"),
            Scalar.BOOLEAN, List.of("\"true\"", "\"false\"", "\"\"", "1", "0", "1.0", "{}", "[]", "[true]"));

    private static final List<String> NOT_AN_ARRAY = List.of("\"x\"", "\"\"", "1", "1.5", "true", "{}", "{\"0\": 1}");

    private static final List<String> NOT_AN_OBJECT = List.of("\"x\"", "\"\"", "1", "1.5", "true", "false", "[]", "[{}]");

    private WrongKindMutator() {}

    /** Every hostile variant of {@code base} (a record of {@code shape} as JSON), one wrong field each. */
    static List<Variant> of(RecordShape shape, byte[] base) {
        ObjectNode object = (ObjectNode) AcceptedVariants.parse(base);
        List<Variant> variants = new ArrayList<>();
        for (Field field : shape.fields()) {
            for (JsonNode wrong : wrongValues(field.type(), true)) {
                ObjectNode copy = object.deepCopy();
                copy.set(field.wireName(), wrong);
                variants.add(new Variant(field.wireName() + " = " + wrong, AcceptedVariants.bytes(copy)));
            }
        }
        return variants;
    }

    /** Values of {@code type}'s wrong kinds; {@code nested} adds, for a record, objects with one wrong field. */
    private static List<JsonNode> wrongValues(WireType type, boolean nested) {
        List<JsonNode> values = new ArrayList<>();
        if (type instanceof Scalar scalar) {
            WRONG.get(scalar).forEach(text -> values.add(json(text)));
        } else if (type instanceof ListOf list) {
            NOT_AN_ARRAY.forEach(text -> values.add(json(text)));
            values.add(NODES.arrayNode().addNull());
            for (JsonNode wrongElement : wrongValues(list.element(), false)) {
                ArrayNode array = NODES.arrayNode();
                values.add(array.add(wrongElement));
            }
        } else {
            NOT_AN_OBJECT.forEach(text -> values.add(json(text)));
            if (nested) {
                for (Field field : RecordShape.of(((RecordOf) type).type()).fields()) {
                    ObjectNode object = NODES.objectNode();
                    object.set(field.wireName(), wrongValues(field.type(), false).get(0));
                    values.add(object);
                }
            }
        }
        return values;
    }

    private static JsonNode json(String text) {
        return AcceptedVariants.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
