package dev.tcgen.generator.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.codec.RecordShape.Field;
import dev.tcgen.generator.codec.RecordShape.ListOf;
import dev.tcgen.generator.codec.RecordShape.RecordOf;
import dev.tcgen.generator.codec.RecordShape.Scalar;
import dev.tcgen.generator.codec.RecordShape.WireType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Other spellings of a record's JSON that a server may send and both paths must read alike: unknown fields of every
 * JSON kind at every level, explicit nulls for absent fields, fields in another order, and integers for floats.
 */
final class AcceptedVariants {

    /** A named JSON input. */
    record Variant(String name, byte[] json) {}

    static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AcceptedVariants() {}

    static List<Variant> of(RecordShape shape, byte[] written, long seed) {
        JsonNode original = parse(written);
        List<Variant> variants = new ArrayList<>();
        variants.add(variant("unknown fields at every level", original, shape, AcceptedVariants::addUnknownFields));
        variants.add(variant("explicit nulls", original, shape, AcceptedVariants::addNulls));
        variants.add(variant("fields reversed", original, shape, (object, s) -> reorder(object, null)));
        Random random = new Random(seed);
        variants.add(variant("fields shuffled", original, shape, (object, s) -> reorder(object, random)));
        JsonNode integers = original.deepCopy();
        if (integersForFloats(integers, new RecordOf(shape.type()))) {
            variants.add(new Variant("integers for integral floats", bytes(integers)));
        }
        return variants;
    }

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Variant variant(String name, JsonNode original, RecordShape shape, BiConsumer<ObjectNode, RecordShape> change) {
        JsonNode copy = original.deepCopy();
        eachRecord(copy, new RecordOf(shape.type()), change);
        return new Variant(name, bytes(copy));
    }

    /** Calls {@code change} on every record object in {@code node}, the innermost first. */
    private static void eachRecord(JsonNode node, WireType type, BiConsumer<ObjectNode, RecordShape> change) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof ListOf list) {
            node.forEach(element -> eachRecord(element, list.element(), change));
        } else if (type instanceof RecordOf record) {
            RecordShape shape = RecordShape.of(record.type());
            for (Field field : shape.fields()) {
                eachRecord(node.get(field.wireName()), field.type(), change);
            }
            change.accept((ObjectNode) node, shape);
        }
    }

    /**
     * Unknown fields before and after the known ones, of every kind; among them names that differ from a known one
     * only in case, containers that hold a known name, which must be skipped whole, and each field's Java name.
     */
    private static void addUnknownFields(ObjectNode object, RecordShape shape) {
        Map<String, JsonNode> known = new LinkedHashMap<>();
        object.properties().forEach(entry -> known.put(entry.getKey(), entry.getValue()));
        object.removeAll();
        String someName = shape.fields().isEmpty() ? "RequestId" : shape.fields().get(0).wireName();
        object.put("ZzUnknownString", "x\"y");
        object.put("ZzUnknownInteger", 12345678901234567L);
        object.set("ZzUnknownBig", NODES.numberNode(new BigDecimal("1e30").toBigInteger()));
        object.put("ZzUnknownFloat", -1.5e-7);
        String lowerCase = someName.toLowerCase(Locale.ROOT);
        if (!known.containsKey(lowerCase) && shape.fields().stream().noneMatch(f -> f.wireName().equals(lowerCase))) {
            object.put(lowerCase, "case differs");
        }
        object.putObject("ZzUnknownObject").put(someName, "inside").putArray("Deeper").add(1).addObject().putNull(someName);
        known.forEach(object::set);
        object.put("ZzUnknownTrue", true);
        object.put("ZzUnknownFalse", false);
        object.putNull("ZzUnknownNull");
        ArrayNode array = object.putArray("ZzUnknownArray");
        array.add("s").add(1).add(2.5).add(true).addNull().addArray().addArray();
        array.addObject().put(someName, 1);
        object.putArray("ZzUnknownEmptyArray");
        object.putObject("ZzUnknownEmptyObject");
        object.put(someName + "Zz", 1);
        // Databind must not bind a field by its Java name either: the codec skips it, as an unknown field.
        for (Field field : shape.fields()) {
            if (!field.javaName().equals(field.wireName()) && known.containsKey(field.wireName())
                    && shape.fields().stream().noneMatch(other -> other.wireName().equals(field.javaName()))) {
                object.set(field.javaName(), known.get(field.wireName()));
            }
        }
    }

    private static void addNulls(ObjectNode object, RecordShape shape) {
        for (Field field : shape.fields()) {
            if (!object.has(field.wireName())) {
                object.putNull(field.wireName());
            }
        }
    }

    /** The fields reversed ({@code random} null) or shuffled. */
    private static void reorder(ObjectNode object, Random random) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
        if (random == null) {
            Collections.reverse(entries);
        } else {
            Collections.shuffle(entries, random);
        }
        object.removeAll();
        entries.forEach(entry -> object.set(entry.getKey(), entry.getValue()));
    }

    /** Writes every integral float as an integer, in place; whether there was one. */
    private static boolean integersForFloats(JsonNode node, WireType type) {
        boolean changed = false;
        if (node == null || node.isNull()) {
            return false;
        }
        if (type instanceof ListOf list && node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (list.element() == Scalar.FLOAT && isIntegral(array.get(i))) {
                    array.set(i, integer(array.get(i)));
                    changed = true;
                } else {
                    changed |= integersForFloats(array.get(i), list.element());
                }
            }
        } else if (type instanceof RecordOf record && node instanceof ObjectNode object) {
            for (Field field : RecordShape.of(record.type()).fields()) {
                JsonNode value = object.get(field.wireName());
                if (field.type() == Scalar.FLOAT && isIntegral(value)) {
                    object.set(field.wireName(), integer(value));
                    changed = true;
                } else {
                    changed |= integersForFloats(value, field.type());
                }
            }
        }
        return changed;
    }

    private static boolean isIntegral(JsonNode value) {
        return value != null && value.isDouble() && Double.isFinite(value.doubleValue())
                && value.doubleValue() == Math.rint(value.doubleValue());
    }

    private static JsonNode integer(JsonNode value) {
        return NODES.numberNode(new BigDecimal(value.doubleValue()).toBigIntegerExact());
    }
}
