package dev.tcgen.generator.codec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated record as its JSON sees it: each component's wire name (from its {@code @JsonProperty}) and wire type,
 * read from the compiled class, so that values and variants can be made for any record without its spec.
 *
 * @param type the record class
 * @param fields its components, in declaration order
 */
record RecordShape(Class<?> type, List<Field> fields) {

    /** What a component holds on the wire. */
    sealed interface WireType permits Scalar, ListOf, RecordOf {}

    enum Scalar implements WireType { STRING, INTEGER, FLOAT, BOOLEAN }

    record ListOf(WireType element) implements WireType {}

    record RecordOf(Class<?> type) implements WireType {}

    /**
     * @param javaName the record component's name
     * @param wireName the JSON field name
     * @param required whether the record's constructor refuses null for it (request fields the spec requires)
     */
    record Field(String javaName, String wireName, WireType type, boolean required) {}

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return required(read(type));
        }
    };

    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    private static RecordShape read(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            // @JsonProperty does not target record components: javac puts it on the accessor (and field, parameter).
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property == null) {
                throw new IllegalStateException(type.getName() + "." + component.getName() + " has no @JsonProperty");
            }
            fields.add(new Field(component.getName(), property.value(), wireType(component.getGenericType()), false));
        }
        return new RecordShape(type, List.copyOf(fields));
    }

    /**
     * The shape with its required fields marked: the constructor is tried with every field null, and each field its
     * {@code IllegalArgumentException} names ("Name (name) is required") is given a value, until it succeeds.
     */
    private static RecordShape required(RecordShape shape) {
        List<Field> fields = new ArrayList<>(shape.fields);
        Object[] values = new Object[fields.size()];
        for (int attempt = 0; attempt <= fields.size(); attempt++) {
            try {
                shape.construct(values);
                return new RecordShape(shape.type, List.copyOf(fields));
            } catch (IllegalArgumentException e) {
                int named = -1;
                for (int i = 0; i < fields.size() && named < 0; i++) {
                    if (String.valueOf(e.getMessage()).contains("(" + fields.get(i).javaName() + ") is required")) {
                        named = i;
                    }
                }
                if (named < 0) {
                    throw e;
                }
                Field field = fields.get(named);
                fields.set(named, new Field(field.javaName(), field.wireName(), field.type(), true));
                values[named] = someValue(field.type());
            }
        }
        throw new IllegalStateException(shape.type + ": cannot find which fields are required");
    }

    private static Object someValue(WireType type) {
        if (type instanceof Scalar scalar) {
            return switch (scalar) {
                case STRING -> "";
                case INTEGER -> 0L;
                case FLOAT -> 0.0;
                case BOOLEAN -> false;
            };
        }
        if (type instanceof ListOf) {
            return List.of();
        }
        RecordShape nested = of(((RecordOf) type).type());
        return nested.create(nested.fields.stream().map(f -> f.required() ? someValue(f.type()) : null).toArray());
    }

    /** Builds the record from its component values, in order. */
    Object create(Object... values) {
        try {
            return construct(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot create " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #create}, but a required field left null throws the constructor's IllegalArgumentException. */
    private Object construct(Object... values) {
        try {
            Class<?>[] types = new Class<?>[fields.size()];
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < types.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw refused;
            }
            throw new IllegalStateException("cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private static WireType wireType(Type type) {
        if (type == String.class) {
            return Scalar.STRING;
        }
        if (type == Long.class) {
            return Scalar.INTEGER;
        }
        if (type == Double.class) {
            return Scalar.FLOAT;
        }
        if (type == Boolean.class) {
            return Scalar.BOOLEAN;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return new ListOf(wireType(parameterized.getActualTypeArguments()[0]));
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            return new RecordOf(record);
        }
        throw new IllegalStateException("a record component of an unexpected type: " + type);
    }
}
