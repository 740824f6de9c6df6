package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the core helper behind the typed accessors of timestamp and json fields. Those accessors must
 * never throw on a malformed value from a server, so parsing failures become an empty {@code Optional}.
 */
final class JsonValuesEmitter {

    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final ClassName JSON_PROCESSING_EXCEPTION =
            ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");

    JavaFile emit(ClassName name) {
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Typed views of the string fields that hold timestamps and JSON text; lenient by design.\n")
                .addField(FieldSpec.builder(OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", OBJECT_MAPPER)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("timestamp")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("{@code text} as an ISO-8601 date-time with offset; empty when null, blank or malformed.\n")
                        .addParameter(String.class, "text")
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(OffsetDateTime.class)))
                        .beginControlFlow("if (text == null || text.isBlank())")
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("return $T.of($T.parse(text.strip()))", Optional.class, OffsetDateTime.class)
                        .nextControlFlow("catch ($T e)", DateTimeParseException.class)
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("json")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("{@code text} parsed as JSON; empty when null, blank or not valid JSON.\n")
                        .addParameter(String.class, "text")
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), JSON_NODE))
                        .beginControlFlow("if (text == null || text.isBlank())")
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("return $T.of(MAPPER.readTree(text))", Optional.class)
                        .nextControlFlow("catch ($T e)", JSON_PROCESSING_EXCEPTION)
                        .addStatement("return $T.empty()", Optional.class)
                        .endControlFlow()
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }
}
