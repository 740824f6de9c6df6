package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the core {@code SandboxAnswers}: the canned answers of a sandbox (the spec's examples and the
 * user's own), read from JSON text or a JSON answers file, and the choice of the answer for a request.
 * An answer names only the parameters it cares about; the request's other parameters, and optional ones
 * the request leaves out, do not prevent a match, so that one example serves every caller who asks for
 * the same thing.
 */
final class SandboxAnswersEmitter {

    private static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName JSON_MAPPER = ClassName.get("com.fasterxml.jackson.databind.json", "JsonMapper");
    private static final ClassName JSON_PROCESSING_EXCEPTION =
            ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");

    private final GeneratedNames names;
    private final Map<String, Object> args = new HashMap<>();

    SandboxAnswersEmitter(GeneratedNames names) {
        this.names = names;
        args.put("jsonNode", SandboxRulesEmitter.JSON_NODE);
        args.put("objectNode", OBJECT_NODE);
        args.put("processing", JSON_PROCESSING_EXCEPTION);
        args.put("arrayList", ArrayList.class);
        args.put("iterator", Iterator.class);
        args.put("list", List.class);
        args.put("set", Set.class);
        args.put("objects", Objects.class);
        args.put("locale", Locale.class);
    }

    JavaFile emit() {
        ClassName name = names.sandboxAnswers();
        ClassName answer = name.nestedClass("Answer");
        TypeName answers = ParameterizedTypeName.get(ClassName.get(List.class), answer);
        args.put("answer", answer);
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Canned answers of a sandbox, and the choice of the answer for a request.

                        <p>An answers file is JSON:
                        <pre>{@code
                        {"answers": [
                          {"action": "DescribeThings", "request": {"Id": "t-1"}, "response": {"Things": []}},
                          {"action": "DescribeThings", "request": {"Id": "t-2"},
                           "response": {"Error": {"Code": "ResourceNotFound", "Message": "no t-2"}}}
                        ]}
                        }</pre>
                        {@code response} is what the service puts inside {@code {"Response": ...}} (the envelope may
                        be included); the sandbox adds a fresh {@code RequestId}. An {@code Error} in it is answered as
                        an API error.
                        """)
                .addField(FieldSpec.builder(OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.builder().build()", JSON_MAPPER)
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)),
                                "ENTRY_KEYS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of(\"action\", \"request\", \"response\", \"title\")", Set.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(TypeSpec.recordBuilder(answer)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                One canned answer.

                                @param action the action it answers, e.g. {@code DescribeThings}
                                @param request the parameters a request must agree with
                                @param response the content of {@code Response}: output fields, or an {@code Error}
                                @param source where the answer came from, for messages
                                """)
                        .recordConstructor(MethodSpec.compactConstructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(String.class, "action")
                                .addParameter(OBJECT_NODE, "request")
                                .addParameter(OBJECT_NODE, "response")
                                .addParameter(String.class, "source")
                                .addCode(code("""
                                        $objects:T.requireNonNull(action, "action");
                                        request = request.deepCopy();
                                        response = response.deepCopy();
                                        """))
                                .build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                An answer from JSON text: the request parameters and the response, with or without the
                                {@code {"Response": ...}} envelope. Throws {@link IllegalArgumentException} naming
                                {@code source} when either is not a JSON object.
                                """)
                        .addParameter(String.class, "action")
                        .addParameter(String.class, "requestJson")
                        .addParameter(String.class, "responseJson")
                        .addParameter(String.class, "source")
                        .returns(answer)
                        .addCode(code("""
                                return new $answer:T(action, object(parse(requestJson, source), source + ": request"),
                                        response(parse(responseJson, source), source), source);
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                The answers of an answers file (see above). Throws {@link IllegalArgumentException} naming
                                {@code source} and the entry when the content is not such a file.
                                """)
                        .addParameter(InputStream.class, "json")
                        .addParameter(String.class, "source")
                        .addException(IOException.class)
                        .returns(answers)
                        .addCode(code("""
                                $jsonNode:T root;
                                try {
                                    root = MAPPER.readTree(json);
                                } catch ($processing:T e) {
                                    throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
                                }
                                $jsonNode:T entries = root == null ? null : root.get("answers");
                                if (entries == null || !entries.isArray()) {
                                    throw new IllegalArgumentException(source + ": expected {\\"answers\\": [...]}");
                                }
                                $list:T<$answer:T> answers = new $arrayList:T<>();
                                for (int i = 0; i < entries.size(); i++) {
                                    String where = source + ": answers[" + i + "]";
                                    $objectNode:T entry = object(entries.get(i), where);
                                    for ($iterator:T<String> keys = entry.fieldNames(); keys.hasNext(); ) {
                                        String key = keys.next();
                                        if (!ENTRY_KEYS.contains(key)) {
                                            throw new IllegalArgumentException(where + ": unknown key '" + key
                                                    + "' (expected action, request, response, title)");
                                        }
                                    }
                                    $jsonNode:T action = entry.get("action");
                                    if (action == null || !action.isTextual() || action.asText().isBlank()) {
                                        throw new IllegalArgumentException(where + ": needs \\"action\\", the action's name");
                                    }
                                    $jsonNode:T request = entry.get("request");
                                    $jsonNode:T title = entry.get("title");
                                    String named = title != null && title.isTextual() ? where + " (" + title.asText() + ")" : where;
                                    answers.add(new $answer:T(action.asText(),
                                            request == null ? MAPPER.createObjectNode() : object(request, where + ": request"),
                                            response(entry.get("response"), where), named));
                                }
                                return answers;
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("find")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                The answer to a request of {@code action}, or null. An answer fits when each parameter it
                                names is equal in the request or absent from it; of those that fit, the one that names the
                                most parameters the request has wins, the earliest on a tie.
                                """)
                        .addParameter(answers, "answers")
                        .addParameter(String.class, "action")
                        .addParameter(SandboxRulesEmitter.JSON_NODE, "request")
                        .returns(answer)
                        .addCode(code("""
                                $answer:T best = null;
                                int bestMatched = -1;
                                for ($answer:T candidate : answers) {
                                    if (!candidate.action().equals(action)) {
                                        continue;
                                    }
                                    int matched = 0;
                                    boolean fits = true;
                                    for ($iterator:T<String> names = candidate.request().fieldNames(); names.hasNext() && fits; ) {
                                        String name = names.next();
                                        $jsonNode:T given = request.get(name);
                                        if (given != null && !given.isNull()) {
                                            fits = given.equals(candidate.request().get(name));
                                            matched++;
                                        }
                                    }
                                    if (fits && matched > bestMatched) {
                                        best = candidate;
                                        bestMatched = matched;
                                    }
                                }
                                return best;
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("parse")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "json")
                        .addParameter(String.class, "source")
                        .returns(SandboxRulesEmitter.JSON_NODE)
                        .addCode(code("""
                                try {
                                    return MAPPER.readTree(json);
                                } catch ($processing:T e) {
                                    throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
                                }
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("response")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addJavadoc("The content of the {@code Response} envelope, which may or may not be given.\n")
                        .addParameter(SandboxRulesEmitter.JSON_NODE, "node")
                        .addParameter(String.class, "where")
                        .returns(OBJECT_NODE)
                        .addCode(code("""
                                $objectNode:T response = object(node, where + ": response");
                                $jsonNode:T inner = response.get("Response");
                                return response.size() == 1 && inner != null ? object(inner, where + ": response") : response;
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("object")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(SandboxRulesEmitter.JSON_NODE, "node")
                        .addParameter(String.class, "where")
                        .returns(OBJECT_NODE)
                        .addCode(code("""
                                if (node instanceof $objectNode:T object) {
                                    return object;
                                }
                                throw new IllegalArgumentException(where + ": expected a JSON object, not "
                                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase($locale:T.ROOT)));
                                """))
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private CodeBlock code(String format) {
        return CodeBlock.builder().addNamed(format, args).build();
    }
}
