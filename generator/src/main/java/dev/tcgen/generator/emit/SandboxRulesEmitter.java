package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the core {@code SandboxRules}: what a sandbox knows of each action from the spec (parameters with
 * their spec types, rate limit, region requirement) and the check of a request's parameters against it,
 * answering with the error code the real service uses: {@code UnknownParameter}, {@code MissingParameter}
 * or {@code InvalidParameterValue}. Types stay as the spec writes them ({@code list<Filter>}) so that the
 * per-service sandbox only lists data.
 */
final class SandboxRulesEmitter {

    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

    private final GeneratedNames names;
    private final Map<String, Object> args = new HashMap<>();

    SandboxRulesEmitter(GeneratedNames names) {
        this.names = names;
        args.put("jsonNode", JSON_NODE);
        args.put("iterator", Iterator.class);
        args.put("list", List.class);
        args.put("objects", Objects.class);
    }

    JavaFile emit() {
        ClassName name = names.sandboxRules();
        ClassName field = name.nestedClass("Field");
        ClassName violation = name.nestedClass("Violation");
        TypeName fields = ParameterizedTypeName.get(ClassName.get(List.class), field);
        TypeName types = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), fields);
        args.put("field", field);
        args.put("violation", violation);
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        What a sandbox checks about a request, as the spec says it, and the check itself.

                        <p>Types are written as in the spec: {@code string}, {@code boolean}, {@code integer},
                        {@code float}, {@code timestamp}, {@code json}, {@code list<T>}, or the name of a data type.
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(TypeSpec.recordBuilder(field)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A request parameter, or a field of a data type.\n")
                        .recordConstructor(MethodSpec.compactConstructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(String.class, "name")
                                .addParameter(String.class, "type")
                                .addParameter(boolean.class, "required")
                                .addCode(code("""
                                        $objects:T.requireNonNull(name, "name");
                                        $objects:T.requireNonNull(type, "type");
                                        """))
                                .build())
                        .build())
                .addType(TypeSpec.recordBuilder(name.nestedClass("Action"))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                An action of the service.

                                @param rateLimit requests per second the service accepts; 0 for no limit
                                @param regionRequired whether a request without {@code X-TC-Region} is refused
                                """)
                        .recordConstructor(MethodSpec.compactConstructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(String.class, "name")
                                .addParameter(int.class, "rateLimit")
                                .addParameter(boolean.class, "regionRequired")
                                .addParameter(fields, "parameters")
                                .addCode(code("""
                                        $objects:T.requireNonNull(name, "name");
                                        parameters = $list:T.copyOf(parameters);
                                        """))
                                .build())
                        .build())
                .addType(TypeSpec.recordBuilder(violation)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Why a request is refused: the error code the service answers with, and a message.\n")
                        .recordConstructor(MethodSpec.compactConstructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(String.class, "code")
                                .addParameter(String.class, "message")
                                .build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("check")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                The first way {@code parameters} (a JSON object) breaks the rules, or null when it keeps them:
                                an unknown parameter, then a missing required one, then a value of the wrong type. Fields of
                                data types are checked the same way and named by their path, e.g. {@code Filters.0.Name}.
                                A null value counts as absent.
                                """)
                        .addParameter(JSON_NODE, "parameters")
                        .addParameter(fields, "fields")
                        .addParameter(types, "types")
                        .returns(violation)
                        .addStatement("return checkObject(\"\", parameters, fields, types)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("checkObject")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "prefix")
                        .addParameter(JSON_NODE, "object")
                        .addParameter(fields, "fields")
                        .addParameter(types, "types")
                        .returns(violation)
                        .addCode(code("""
                                for ($iterator:T<String> names = object.fieldNames(); names.hasNext(); ) {
                                    String name = names.next();
                                    if (fields.stream().noneMatch(field -> field.name().equals(name))) {
                                        String hint = fields.stream().map($field:T::name)
                                                .filter(known -> known.equalsIgnoreCase(name))
                                                .map(known -> " (did you mean `" + prefix + known + "`?)")
                                                .findFirst().orElse("");
                                        return new $violation:T("UnknownParameter",
                                                "The parameter `" + prefix + name + "` is not recognized" + hint + ".");
                                    }
                                }
                                for ($field:T field : fields) {
                                    $jsonNode:T value = object.get(field.name());
                                    if (field.required() && (value == null || value.isNull())) {
                                        return new $violation:T("MissingParameter",
                                                "The request is missing a required parameter `" + prefix + field.name() + "`.");
                                    }
                                }
                                for ($field:T field : fields) {
                                    $jsonNode:T value = object.get(field.name());
                                    if (value != null && !value.isNull()) {
                                        $violation:T violation = checkValue(prefix + field.name(), value, field.type(), types);
                                        if (violation != null) {
                                            return violation;
                                        }
                                    }
                                }
                                return null;
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("checkValue")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "path")
                        .addParameter(JSON_NODE, "value")
                        .addParameter(String.class, "type")
                        .addParameter(types, "types")
                        .returns(violation)
                        .addCode(code("""
                                if (type.startsWith("list<") && type.endsWith(">")) {
                                    if (!value.isArray()) {
                                        return invalid(path, "a list", value);
                                    }
                                    String element = type.substring("list<".length(), type.length() - 1);
                                    for (int i = 0; i < value.size(); i++) {
                                        $violation:T violation = checkValue(path + "." + i, value.get(i), element, types);
                                        if (violation != null) {
                                            return violation;
                                        }
                                    }
                                    return null;
                                }
                                switch (type) {
                                    case "string":
                                    case "timestamp":
                                    case "json":
                                        return value.isTextual() ? null : invalid(path, "a string", value);
                                    case "boolean":
                                        return value.isBoolean() ? null : invalid(path, "true or false", value);
                                    case "integer":
                                        return value.isIntegralNumber() && value.canConvertToLong() ? null
                                                : invalid(path, "an integer", value);
                                    case "float":
                                        return value.isNumber() ? null : invalid(path, "a number", value);
                                    default:
                                        $list:T<$field:T> fields = types.get(type);
                                        if (fields == null) {
                                            return null;
                                        }
                                        return value.isObject() ? checkObject(path + ".", value, fields, types)
                                                : invalid(path, "an object (" + type + ")", value);
                                }
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("invalid")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "path")
                        .addParameter(String.class, "expected")
                        .addParameter(JSON_NODE, "value")
                        .returns(violation)
                        .addCode(code("""
                                String shown = value.toString();
                                if (shown.length() > 60) {
                                    shown = shown.substring(0, 60) + "...";
                                }
                                return new $violation:T("InvalidParameterValue",
                                        "The value of parameter `" + path + "` must be " + expected + ", not " + shown + ".");
                                """))
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private CodeBlock code(String format) {
        return CodeBlock.builder().addNamed(format, args).build();
    }
}
