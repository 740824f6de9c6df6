package dev.tcgen.generator.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The call path now: a record's generated, package-private {@code writeJson}/{@code readJson}, called as the
 * runtime's Invoker and ResponseReader call them (a UTF-8 generator of a plain factory; a parser moved onto the
 * object's first token).
 */
final class CodecPath {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CodecPath() {}

    static boolean writes(Class<?> type) {
        return writer(type) != null;
    }

    static boolean reads(Class<?> type) {
        return reader(type) != null;
    }

    static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            invoke(writer(value.getClass()), out, value);
        }
        return bytes.toByteArray();
    }

    /** The record read from {@code json}, which is one object: a reader that stops before its closing brace fails. */
    static Object read(Class<?> type, byte[] json) throws IOException {
        try (JsonParser in = FACTORY.createParser(json)) {
            in.nextToken();
            Object value = invoke(reader(type), in);
            if (in.currentToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
                throw new IllegalStateException("readJson stopped before the object's closing brace");
            }
            return value;
        }
    }

    private static Method writer(Class<?> type) {
        return method(type, "writeJson", JsonGenerator.class, type);
    }

    private static Method reader(Class<?> type) {
        return method(type, "readJson", JsonParser.class);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method method = type.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method method, Object... arguments) throws IOException {
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
