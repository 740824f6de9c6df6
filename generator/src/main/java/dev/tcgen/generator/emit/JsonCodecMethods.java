package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.Shape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A record's JSON codec, as two package-private static methods the client's {@code Operation} constants and other
 * records refer to: {@code writeJson} (requests and data types) streams the record to a {@code JsonGenerator}, and
 * {@code readJson} (responses and data types) builds it from a {@code JsonParser}. Nothing is looked up by
 * reflection; what they write is what Jackson's databind writes for the record's annotations (the records keep
 * them, for applications that bind records themselves), and they read with the runtime's {@code JsonFields}, which
 * coerce nothing.
 */
final class JsonCodecMethods {

    static final String WRITE = "writeJson";
    static final String READ = "readJson";

    private static final ClassName GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    private static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    private static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");

    private final ClassName fields;

    JsonCodecMethods(GeneratedNames names) {
        this.fields = names.jsonFields();
    }

    /** The codec methods {@code shape} needs: a request is only written, a response only read, a data type both. */
    List<MethodSpec> of(String pkg, ClassName self, Shape shape) {
        List<MethodSpec> methods = new ArrayList<>(2);
        if (shape.kind() != Shape.Kind.RESPONSE) {
            methods.add(writer(pkg, self, shape));
        }
        if (shape.kind() != Shape.Kind.REQUEST) {
            methods.add(reader(pkg, self, shape));
        }
        return methods;
    }

    private MethodSpec writer(String pkg, ClassName self, Shape shape) {
        CodeBlock.Builder body = CodeBlock.builder().addStatement("out.writeStartObject()");
        for (Field field : shape.fields()) {
            String wire = field.wireName();
            String accessor = "value." + field.javaName() + "()";
            FieldType type = field.type();
            if (type instanceof FieldType.ListOf list) {
                body.addStatement("$T.writeListField(out, $S, $L, $L)", fields, wire, accessor,
                        elementWriter(pkg, list.element(), 1));
                continue;
            }
            body.beginControlFlow("if ($L != null)", accessor);
            if (type instanceof FieldType.Ref) {
                body.addStatement("out.writeFieldName($S)", wire);
                body.addStatement("$T.$L(out, $L)", JavaTypes.of(type, pkg), WRITE, accessor);
            } else {
                body.addStatement("out.$L($S, $L)", scalarFieldWriter((FieldType.Primitive) type), wire, accessor);
            }
            body.endControlFlow();
        }
        body.addStatement("out.writeEndObject()");
        return MethodSpec.methodBuilder(WRITE)
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Writes {@code value} as the JSON object sent: fields that are null and lists that are empty"
                        + " are left out.\n")
                .addParameter(GENERATOR, "out")
                .addParameter(self, "value")
                .addException(IOException.class)
                .addCode(body.build())
                .build();
    }

    private MethodSpec reader(String pkg, ClassName self, Shape shape) {
        Set<String> taken = new HashSet<>();
        shape.fields().forEach(field -> taken.add(field.javaName()));
        String in = free("in", taken);
        taken.add(in);
        CodeBlock.Builder body = CodeBlock.builder().addStatement("$T.expectObject($N)", fields, in);
        for (Field field : shape.fields()) {
            body.addStatement("$T $N = null", JavaTypes.of(field.type(), pkg), field.javaName());
        }
        body.beginControlFlow("while ($N.nextToken() == $T.FIELD_NAME)", in, TOKEN)
                .addStatement("$N.nextToken()", in)
                .beginControlFlow("switch ($N.currentName())", in);
        for (Field field : shape.fields()) {
            body.addStatement("case $S -> $N = $L", field.wireName(), field.javaName(),
                    valueReader(pkg, field.type(), in, taken));
        }
        body.addStatement("default -> $N.skipChildren()", in)
                .endControlFlow()
                .endControlFlow();
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (Field field : shape.fields()) {
            arguments.add(arguments.isEmpty() ? "$N" : ", $N", field.javaName());
        }
        body.addStatement("return new $T($L)", self, arguments.build());
        return MethodSpec.methodBuilder(READ)
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Reads the JSON object at {@code $L}'s current token; unknown fields are skipped.\n", in)
                .addParameter(PARSER, in)
                .returns(self)
                .addException(IOException.class)
                .addCode(body.build())
                .build();
    }

    /** Reads a field's value, null included, at {@code in}'s current token. */
    private CodeBlock valueReader(String pkg, FieldType type, String in, Set<String> taken) {
        if (type instanceof FieldType.ListOf list) {
            return CodeBlock.of("$T.readList($N, $L)", fields, in, elementReader(pkg, list.element(), 1, taken));
        }
        if (type instanceof FieldType.Ref) {
            return CodeBlock.of("$T.readObject($N, $T::$L)", fields, in, JavaTypes.of(type, pkg), READ);
        }
        return CodeBlock.of("$T.$L($N)", fields, scalarReader((FieldType.Primitive) type), in);
    }

    /** Reads one list element, never null (the list refuses null before asking). */
    private CodeBlock elementReader(String pkg, FieldType element, int depth, Set<String> taken) {
        if (element instanceof FieldType.ListOf inner) {
            String parser = free("elements" + depth, taken);
            return CodeBlock.of("$N -> $T.readList($N, $L)", parser, fields, parser,
                    elementReader(pkg, inner.element(), depth + 1, taken));
        }
        if (element instanceof FieldType.Ref) {
            return CodeBlock.of("$T::$L", JavaTypes.of(element, pkg), READ);
        }
        return CodeBlock.of("$T::$L", fields, scalarReader((FieldType.Primitive) element));
    }

    /** Writes one list element that is not null; a list inside a list is written even when empty, as databind does. */
    private CodeBlock elementWriter(String pkg, FieldType element, int depth) {
        if (element instanceof FieldType.ListOf inner) {
            // The method's own parameters are "out" and "value"; lambda parameters may not shadow them.
            String out = "out" + depth;
            String list = "list" + depth;
            return CodeBlock.of("($N, $N) -> $T.writeList($N, $N, $L)", out, list, fields, out, list,
                    elementWriter(pkg, inner.element(), depth + 1));
        }
        if (element instanceof FieldType.Ref) {
            return CodeBlock.of("$T::$L", JavaTypes.of(element, pkg), WRITE);
        }
        return CodeBlock.of("$T::$L", fields, switch ((FieldType.Primitive) element) {
            case STRING, TIMESTAMP, DATETIME, DATE, JSON -> "writeString";
            case INTEGER -> "writeInteger";
            case FLOAT -> "writeFloat";
            case BOOLEAN -> "writeBoolean";
        });
    }

    private static String scalarFieldWriter(FieldType.Primitive type) {
        return switch (type) {
            case STRING, TIMESTAMP, DATETIME, DATE, JSON -> "writeStringField";
            case INTEGER, FLOAT -> "writeNumberField";
            case BOOLEAN -> "writeBooleanField";
        };
    }

    private static String scalarReader(FieldType.Primitive type) {
        return switch (type) {
            case STRING, TIMESTAMP, DATETIME, DATE, JSON -> "readString";
            case INTEGER -> "readInteger";
            case FLOAT -> "readFloat";
            case BOOLEAN -> "readBoolean";
        };
    }

    /** {@code base}, or {@code base} with {@code _} added until no field has the name. */
    private static String free(String base, Set<String> taken) {
        String name = base;
        while (taken.contains(name)) {
            name += "_";
        }
        return name;
    }
}
