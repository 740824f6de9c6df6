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
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Prefix>Sandbox}: the service's actions, parameter types, rate limits and examples as data,
 * and a builder that starts the runtime's {@code SandboxServer} with them plus the user's own answers.
 */
final class SandboxEmitter implements Emitter<Service> {

    private final GeneratedNames names;

    SandboxEmitter(GeneratedNames names) {
        this.names = names;
    }

    @Override
    public JavaFile emit(Service service) {
        ClassName name = names.sandbox(service);
        ClassName builder = name.nestedClass("Builder");
        ClassName rulesField = names.sandboxRules().nestedClass("Field");
        ClassName rulesAction = names.sandboxRules().nestedClass("Action");
        ClassName answer = names.sandboxAnswers().nestedClass("Answer");
        TypeName answers = ParameterizedTypeName.get(ClassName.get(List.class), answer);
        TypeName fieldList = ParameterizedTypeName.get(ClassName.get(List.class), rulesField);
        String title = service.title() == null ? service.name() : service.title();
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
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
                        """, Javadoc.text(title), service.name(), service.version(), name, name, names.client(service),
                        names.sandboxAnswers())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                                rulesAction), "ACTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each action's parameters, rate limit and region requirement, from the spec.\n")
                        .initializer(actions(service, rulesAction, rulesField))
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                                fieldList), "TYPES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The fields of the data types that request parameters use.\n")
                        .initializer(types(service, rulesField))
                        .build())
                .addField(names.sandboxServer(), "server", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(names.sandboxServer(), "server")
                        .addStatement("this.server = server")
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Starts a sandbox with fresh credentials that answers with the spec's examples.\n")
                        .returns(name)
                        .addStatement("return builder().start()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("examples")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The spec's examples as canned answers, in spec order.\n")
                        .returns(answers)
                        .addStatement("return $L", examples(service))
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoint")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Where to send calls, e.g. {@code http://127.0.0.1:49152}.\n")
                        .returns(URI.class)
                        .addStatement("return server.endpoint()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("credentials")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The only credentials whose signatures this sandbox accepts.\n")
                        .returns(names.credentials())
                        .addStatement("return server.credentials()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("clientBuilder")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A client builder aimed at this sandbox with its credentials; other settings are the defaults.\n")
                        .returns(ParameterizedTypeName.get(names.clientSettings().nestedClass("Builder"), names.client(service)))
                        .addStatement("return $T.builder().endpoint(endpoint()).credentials(credentials())", names.client(service))
                        .build())
                .addMethod(MethodSpec.methodBuilder("requestCount")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("How many requests arrived so far, answered or refused.\n")
                        .returns(long.class)
                        .addStatement("return server.requestCount()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Stops the sandbox at once.\n")
                        .addStatement("server.close()")
                        .build())
                .addType(builder(service, name, builder, answer))
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private TypeSpec builder(Service service, ClassName sandbox, ClassName builder, ClassName answer) {
        ClassName credentials = names.credentials();
        return TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Configures a {@link $T}; not thread-safe.\n", sandbox)
                .addField(credentials, "credentials", Modifier.PRIVATE)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), answer), "answers",
                                Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ArrayList.class)
                        .build())
                .addField(FieldSpec.builder(boolean.class, "examples", Modifier.PRIVATE).initializer("true").build())
                .addField(FieldSpec.builder(Clock.class, "clock", Modifier.PRIVATE).initializer("$T.systemUTC()", Clock.class).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("credentials")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The only credentials to accept (default: fresh random ones per sandbox).\n")
                        .addParameter(credentials, "credentials")
                        .returns(builder)
                        .addStatement("this.credentials = $T.requireNonNull(credentials, $S)", Objects.class, "credentials")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("answer")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("""
                                Answers requests of {@code action} that agree with {@code requestJson} (the parameters that
                                matter) with {@code responseJson} (output fields, or an {@code Error}); answers added earlier
                                win ties, and all of them win ties with the spec's examples.
                                Throws {@link IllegalArgumentException} for an action the service lacks or text that is not a JSON object.
                                """)
                        .addParameter(String.class, "action")
                        .addParameter(String.class, "requestJson")
                        .addParameter(String.class, "responseJson")
                        .returns(builder)
                        .addStatement("return add($T.of($T.of(action, requestJson, responseJson, $S + action)))",
                                List.class, names.sandboxAnswers(), "answer(...) for ")
                        .build())
                .addMethod(MethodSpec.methodBuilder("answers")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("""
                                Adds the answers of a JSON answers file. Throws {@link IllegalArgumentException} naming the file
                                and the entry for malformed content or an action the service lacks.
                                """)
                        .addParameter(Path.class, "file")
                        .addException(IOException.class)
                        .returns(builder)
                        .beginControlFlow("try ($T in = $T.newInputStream(file))", InputStream.class, Files.class)
                        .addStatement("return answers(in, file.toString())")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("answers")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Adds the answers of JSON answers-file content; {@code source} names it in messages.\n")
                        .addParameter(InputStream.class, "json")
                        .addParameter(String.class, "source")
                        .addException(IOException.class)
                        .returns(builder)
                        .addStatement("return add($T.read(json, source))", names.sandboxAnswers())
                        .build())
                .addMethod(MethodSpec.methodBuilder("examples")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Whether the spec's examples answer too, after your own answers (default true).\n")
                        .addParameter(boolean.class, "examples")
                        .returns(builder)
                        .addStatement("this.examples = examples")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("clock")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The clock that request timestamps are checked against and requests per second counted by.\n")
                        .addParameter(Clock.class, "clock")
                        .returns(builder)
                        .addStatement("this.clock = $T.requireNonNull(clock, $S)", Objects.class, "clock")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Starts the sandbox on a free loopback port.\n")
                        .returns(sandbox)
                        .addCode("""
                                $T<$T> all = new $T<>(answers);
                                if (examples) {
                                    all.addAll($T.examples());
                                }
                                $T used = credentials != null ? credentials
                                        : $T.of("AKIDsandbox" + $T.randomUUID().toString().replace("-", ""),
                                                $T.randomUUID().toString().replace("-", ""));
                                return new $T($T.start(new $T($T.SERVICE, $T.VERSION, used, ACTIONS, TYPES, all, clock)));
                                """, List.class, answer, ArrayList.class, sandbox, credentials, credentials, UUID.class, UUID.class,
                                sandbox, names.sandboxServer(), names.sandboxServer().nestedClass("Settings"),
                                names.client(service), names.client(service))
                        .build())
                .addMethod(MethodSpec.methodBuilder("add")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), answer), "added")
                        .returns(builder)
                        .addCode("""
                                for ($T answer : added) {
                                    if (!ACTIONS.containsKey(answer.action())) {
                                        throw new IllegalArgumentException(answer.source() + ": $L has no action '" + answer.action()
                                                + "' (it has " + new $T<>(ACTIONS.keySet()) + ")");
                                    }
                                }
                                answers.addAll(added);
                                return this;
                                """, answer, service.name(), TreeSet.class)
                        .build())
                .build();
    }

    private CodeBlock actions(Service service, ClassName rulesAction, ClassName rulesField) {
        List<CodeBlock> entries = new ArrayList<>();
        for (Action action : service.actions()) {
            entries.add(CodeBlock.of("$T.entry($S, new $T($S, $L, $L, $L))", Map.class, action.name(), rulesAction,
                    action.name(), action.rateLimit() == null ? 0 : action.rateLimit(), action.regionRequired(),
                    fields(action.request().fields(), rulesField)));
        }
        return mapOf(entries);
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
        return mapOf(entries);
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

    private static CodeBlock mapOf(List<CodeBlock> entries) {
        if (entries.isEmpty()) {
            return CodeBlock.of("$T.of()", Map.class);
        }
        return CodeBlock.builder().add("$T.ofEntries(\n$>$>", Map.class)
                .add(CodeBlock.join(entries, ",\n"))
                .add(")$<$<")
                .build();
    }

    private CodeBlock examples(Service service) {
        List<CodeBlock> answers = new ArrayList<>();
        for (Action action : service.actions()) {
            for (Example example : action.examples()) {
                String source = "spec example '" + (example.title() == null ? "" : example.title()) + "' of " + action.name();
                answers.add(CodeBlock.of("$T.of($S,\n$S,\n$S,\n$S)", names.sandboxAnswers(),
                        action.name(), example.requestJson(), example.responseJson(), source));
            }
        }
        if (answers.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        return CodeBlock.builder().add("$T.of(\n$>$>", List.class).add(CodeBlock.join(answers, ",\n")).add(")$<$<").build();
    }
}
