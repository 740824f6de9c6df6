package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Example;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.Pagination;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Prefix>Sandbox}: the service's actions, parameter types, rate limits and examples as data,
 * and a client builder aimed at it; starting, answers and checks are the runtime's {@code ServiceSandbox}.
 */
final class SandboxEmitter implements Emitter<Service> {

    private final GeneratedNames names;

    SandboxEmitter(GeneratedNames names) {
        this.names = names;
    }

    @Override
    public JavaFile emit(Service service) {
        ClassName name = names.sandbox(service);
        ClassName client = names.client(service);
        ClassName rulesField = names.sandboxRules().nestedClass("Field");
        ClassName rulesAction = names.sandboxRules().nestedClass("Action");
        ClassName answer = names.sandboxAnswers().nestedClass("Answer");
        TypeName answers = ParameterizedTypeName.get(ClassName.get(List.class), answer);
        String title = service.title() == null ? service.name() : service.title();
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(names.serviceSandbox())
                .addJavadoc("""
                        A local stand-in for $L ({@code $L} $L), for tests and demos: an HTTP server on loopback that
                        checks every request as the service does (signature, rate limit, parameters against the spec)
                        and answers with the spec's examples and your own canned answers.
                        <pre>{@code
                        try ($T sandbox = $T.start();
                             $T client = sandbox.clientBuilder().build()) {
                            // calls to client reach the sandbox
                        }
                        }</pre>
                        See {@link $T} for how an answer is chosen and the answers file format.
                        """, Javadoc.text(title), service.name(), service.version(), name, name, client,
                        names.sandboxAnswers())
                .addField(FieldSpec.builder(names.sandboxRules().nestedClass("Service"), "RULES", Modifier.PRIVATE,
                                Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each action's parameters, rate limit and region requirement, and the fields of the"
                                + " data types that request parameters use, from the spec.\n")
                        .initializer("new $T($T.SERVICE, $T.VERSION,\n$>$>$L,\n$L)$<$<",
                                names.sandboxRules().nestedClass("Service"), client, client,
                                actions(service, rulesAction, rulesField), types(service, rulesField))
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(names.sandboxServer(), "server")
                        .addStatement("super(server)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Starts a sandbox with fresh credentials that answers with the spec's examples.\n\n"
                                + "@return the running sandbox; close it to stop it\n")
                        .returns(name)
                        .addStatement("return builder().start()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A builder with fresh random credentials and the spec's examples.\n\n@return a new builder\n")
                        .returns(ParameterizedTypeName.get(names.sandboxBuilder(), name))
                        .addStatement("return $T.builder(RULES, $T::examples, $T::new)", names.serviceSandbox(), name, name)
                        .build())
                .addMethod(MethodSpec.methodBuilder("examples")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The spec's examples as canned answers, in spec order.\n\n@return the answers\n")
                        .returns(answers)
                        .addStatement("return $L", examples(service))
                        .build())
                .addMethod(MethodSpec.methodBuilder("clientBuilder")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A client builder aimed at this sandbox with its credentials; other settings are the defaults.\n\n"
                                + "@return a new client builder\n")
                        .returns(ParameterizedTypeName.get(names.clientSettings().nestedClass("Builder"), client))
                        .addStatement("return $T.builder().endpoint(endpoint()).credentials(credentials())", client)
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private CodeBlock actions(Service service, ClassName rulesAction, ClassName rulesField) {
        List<CodeBlock> entries = new ArrayList<>();
        for (Action action : service.actions()) {
            entries.add(CodeBlock.of("$T.entry($S, new $T($S, $L, $L, $L$L))", Map.class, action.name(), rulesAction,
                    action.name(), action.rateLimit() == null ? 0 : action.rateLimit(), action.regionRequired(),
                    fields(action.request().fields(), rulesField), paging(action.pagination())));
        }
        return mapOf(entries, rulesAction);
    }

    /** The action's paging as the sandbox's last argument, so that it serves pages; nothing when it does not page. */
    private CodeBlock paging(Pagination pagination) {
        if (pagination == null) {
            return CodeBlock.of("");
        }
        ClassName paging = names.sandboxRules().nestedClass("Paging");
        CodeBlock call = switch (pagination.kind()) {
            case OFFSET -> CodeBlock.of("$T.byOffset($S, $S, $S, $S)", paging, pagination.position().wireName(),
                    pagination.size().wireName(), wireName(pagination.total()), pagination.items().wireName());
            case PAGE -> CodeBlock.of("$T.byPage($S, $S, $L, $S, $S)", paging, pagination.position().wireName(),
                    pagination.size().wireName(), pagination.firstPage(), wireName(pagination.total()),
                    pagination.items().wireName());
            case TOKEN -> CodeBlock.of("$T.byToken($S, $S, $S, $S)", paging, pagination.position().wireName(),
                    wireName(pagination.size()), pagination.nextToken().wireName(), pagination.items().wireName());
        };
        return CodeBlock.of(",\n$>$>$L$<$<", call);
    }

    private static String wireName(Field field) {
        return field == null ? null : field.wireName();
    }

    /** The data types reachable from request parameters, in the order first reached. */
    private CodeBlock types(Service service, ClassName rulesField) {
        Map<String, Shape> byName = new LinkedHashMap<>();
        service.types().forEach(shape -> byName.put(shape.name(), shape));
        Map<String, Shape> used = new LinkedHashMap<>();
        List<Field> pending = new ArrayList<>();
        service.actions().forEach(action -> pending.addAll(action.request().fields()));
        while (!pending.isEmpty()) {
            String typeName = referencedType(pending.remove(0).type());
            if (typeName != null && !used.containsKey(typeName) && byName.containsKey(typeName)) {
                used.put(typeName, byName.get(typeName));
                pending.addAll(byName.get(typeName).fields());
            }
        }
        List<CodeBlock> entries = new ArrayList<>();
        used.forEach((typeName, shape) -> entries.add(CodeBlock.of("$T.entry($S, $L)", Map.class, typeName,
                fields(shape.fields(), rulesField))));
        return mapOf(entries, ParameterizedTypeName.get(ClassName.get(List.class), rulesField));
    }

    private static String referencedType(FieldType type) {
        if (type instanceof FieldType.ListOf list) {
            return referencedType(list.element());
        }
        return type instanceof FieldType.Ref ref ? ref.typeName() : null;
    }

    private static CodeBlock fields(List<Field> fields, ClassName rulesField) {
        if (fields.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(\n$>$>", List.class);
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            list.add("new $T($S, $S, $L)$L", rulesField, field.wireName(), field.type().specName(), field.required(),
                    i + 1 < fields.size() ? ",\n" : "");
        }
        return list.add(")$<$<").build();
    }

    /**
     * {@code Map.<String, V>ofEntries(...)}. The type arguments are spelled out because javac infers those of a
     * generic call from all its nested generic arguments at once, which grows much faster than the number of
     * entries: for a service of 500 actions that took minutes; with them, seconds.
     */
    private static CodeBlock mapOf(List<CodeBlock> entries, TypeName valueType) {
        if (entries.isEmpty()) {
            return CodeBlock.of("$T.of()", Map.class);
        }
        return CodeBlock.builder().add("$T.<$T, $T>ofEntries(\n$>$>", Map.class, String.class, valueType)
                .add(CodeBlock.join(entries, ",\n"))
                .add(")$<$<")
                .build();
    }

    private CodeBlock examples(Service service) {
        List<CodeBlock> answers = new ArrayList<>();
        for (Action action : service.actions()) {
            for (Example example : action.examples()) {
                String source = "spec example '" + (example.title() == null ? "" : example.title()) + "' of " + action.name();
                // An example may be longer than one class-file constant holds.
                answers.add(CodeBlock.of("$T.of($S,\n$L,\n$L,\n$S)", names.sandboxAnswers(),
                        action.name(), StringLiteral.of(example.requestJson()), StringLiteral.of(example.responseJson()), source));
            }
        }
        if (answers.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        return CodeBlock.builder().add("$T.of(\n$>$>", List.class).add(CodeBlock.join(answers, ",\n")).add(")$<$<").build();
    }
}
