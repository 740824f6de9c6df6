package dev.tcgen.generator.codec;

import dev.tcgen.generator.codec.RecordShape.ListOf;
import dev.tcgen.generator.codec.RecordShape.RecordOf;
import dev.tcgen.generator.codec.RecordShape.Scalar;
import dev.tcgen.generator.codec.RecordShape.WireType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic record values (one {@link Random} seed each) that reach the corners of JSON text and numbers:
 * escapes, control characters, non-ASCII, surrogate pairs and U+2028 in strings; zero, negatives and the long range in
 * integers; {@code 0.1}, {@code -0.0}, exponents, integral doubles and the double range in floats; fields left null;
 * lists empty, of one and of many, and lists of lists with empty inner lists; for writing, also null list elements
 * and NaN and the infinities.
 */
final class ValueMaker {

    /** Deeper than this, nested records are left null and lists empty, so that recursive types end. */
    private static final int MAX_DEPTH = 3;

    private static final String[] STRINGS = {
        "", "alpha", "say \"hi\"", "back\\slash", "C:\\path\\", "line\nbreak\ttab\rreturn", "\u0000\u0001\u001f\u007f",
        "\b\f", "ünïcödé", "中文描述", "emoji \uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD", "\u2028line\u2029sep", "</script>",
        "{\"a\": [1, 2]}", "null", "2024-01-02T03:04:05+08:00", "2024-01-02", " ", "\uFEFFbom", "é\u0301",
    };

    private static final long[] INTEGERS = {
        0, 1, -1, 42, -9_007_199_254_740_993L, 9_007_199_254_740_993L, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Long.MAX_VALUE, Long.MIN_VALUE,
    };

    private static final double[] FLOATS = {
        0.0, -0.0, 0.1, -0.1, 1.5, 3.0, -7.0, 1e20, 1e21, 1.0E-7, 123456.789, Double.MIN_VALUE, Double.MAX_VALUE,
        -Double.MAX_VALUE, 4.9E-300, 9_007_199_254_740_993.0, 1e300,
    };

    /** NaN and the infinities: a request may hold them (and is written with them), an answer cannot. */
    private static final double[] NOT_FINITE = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private final Random random;
    private final boolean toWrite;

    /**
     * @param seed the value's seed
     * @param toWrite whether the values are for writing, so may hold what only a caller sends: null list elements and
     *     floats that are not finite (an answer holding them is refused, or is not JSON)
     */
    ValueMaker(long seed, boolean toWrite) {
        this.random = new Random(seed);
        this.toWrite = toWrite;
    }

    /** The record with every field absent but the required ones, which are set at random. */
    Object allNull(RecordShape shape) {
        Object[] values = new Object[shape.fields().size()];
        for (int i = 0; i < values.length; i++) {
            if (shape.fields().get(i).required()) {
                values[i] = value(shape.fields().get(i).type(), 0);
            }
        }
        return shape.create(values);
    }

    /** A record of {@code shape} whose fields are each set with a good chance, nested records and lists included. */
    Object record(RecordShape shape) {
        return record(shape, 0);
    }

    private Object record(RecordShape shape, int depth) {
        Object[] values = new Object[shape.fields().size()];
        for (int i = 0; i < values.length; i++) {
            RecordShape.Field field = shape.fields().get(i);
            values[i] = !field.required() && random.nextInt(5) == 0 ? null : value(field.type(), depth);
            if (values[i] == null && field.required()) {
                values[i] = allNull(RecordShape.of(((RecordShape.RecordOf) field.type()).type()));
            }
        }
        return shape.create(values);
    }

    private Object value(WireType type, int depth) {
        if (type instanceof Scalar scalar) {
            return scalar(scalar);
        }
        if (type instanceof RecordOf nested) {
            return depth >= MAX_DEPTH ? null : record(RecordShape.of(nested.type()), depth + 1);
        }
        WireType element = ((ListOf) type).element();
        // Elements one level down must still be whole (a record there is not left null), so lists end a level early.
        int size = depth + 1 >= MAX_DEPTH ? 0 : switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> 2 + random.nextInt(3);
        };
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(toWrite && random.nextInt(6) == 0 ? null : value(element, depth + 1));
        }
        return list;
    }

    private Object scalar(Scalar scalar) {
        return switch (scalar) {
            case STRING -> string();
            case INTEGER -> random.nextBoolean() ? INTEGERS[random.nextInt(INTEGERS.length)] : random.nextLong() >> random.nextInt(64);
            case FLOAT -> float64();
            case BOOLEAN -> random.nextBoolean();
        };
    }

    private String string() {
        return switch (random.nextInt(3)) {
            case 0 -> STRINGS[random.nextInt(STRINGS.length)];
            case 1 -> STRINGS[random.nextInt(STRINGS.length)] + STRINGS[random.nextInt(STRINGS.length)];
            default -> randomText();
        };
    }

    /** Code points from every plane that matters: ASCII controls, Latin, CJK, the line separators, astral. */
    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(6)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x60);
                case 2 -> 0xA0 + random.nextInt(0x700);
                case 3 -> 0x4E00 + random.nextInt(0x5000);
                case 4 -> 0x2028 + random.nextInt(2);
                default -> 0x1F300 + random.nextInt(0x300);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private Double float64() {
        if (toWrite && random.nextInt(8) == 0) {
            return NOT_FINITE[random.nextInt(NOT_FINITE.length)];
        }
        return switch (random.nextInt(4)) {
            case 0, 1 -> FLOATS[random.nextInt(FLOATS.length)];
            case 2 -> (double) (random.nextInt(2001) - 1000);
            default -> Double.longBitsToDouble(random.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (random.nextBoolean() ? 1 : -1);
        };
    }
}
