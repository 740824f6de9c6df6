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
import dev.tcgen.generator.model.Idempotency;
import dev.tcgen.generator.model.Service;
import java.net.URI;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Prefix>Client}: what the spec says of the service (name, version, endpoint, rate limits, its
 * exception) and, per action, an {@code Operation} constant (which also says whether a call may be repeated) and four
 * methods: sync and async, each also with per-call options. Everything else (the builder, signing, retries,
 * transport) is the runtime's {@code ServiceClient} and {@code ClientSettings}.
 */
final class ClientEmitter implements Emitter<Service> {

    private final GeneratedNames names;

    ClientEmitter(GeneratedNames names) {
        this.names = names;
    }

    @Override
    public JavaFile emit(Service service) {
        ClassName name = names.client(service);
        TypeName builder = ParameterizedTypeName.get(names.clientSettings().nestedClass("Builder"), name);
        TypeName rateLimits = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ClassName.get(Integer.class));
        String title = service.title() == null ? service.name() : service.title();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(names.serviceClient())
                .addJavadoc("""
                        The client of $L ({@code $L} $L); thread-safe, meant to be built once and shared.

                        <p>Each call is signed with TC3-HMAC-SHA256. API errors throw {@link $T}; failures to get an
                        answer throw {@link $T}. Documented per-action rate limits are honoured across all threads
                        (see {@link $T.Builder#rateLimit(boolean)}).
                        """, Javadoc.text(title), service.name(), service.version(), names.serviceException(service),
                        names.transportException(), names.clientSettings())
                .addField(constant(String.class, "SERVICE", CodeBlock.of("$S", service.name()),
                        "The product name requests are signed for.\n"))
                .addField(constant(String.class, "VERSION", CodeBlock.of("$S", service.version()), "The API version.\n"))
                .addField(constant(URI.class, "DEFAULT_ENDPOINT",
                        CodeBlock.of("$T.create($S)", URI.class, "https://" + service.host()), "Where calls go by default.\n"))
                .addField(FieldSpec.builder(rateLimits, "RATE_LIMITS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Documented requests per second, by action.\n")
                        .initializer(rateLimitsInitializer(service.actions()))
                        .build())
                .addField(FieldSpec.builder(names.serviceDescription(), "DESCRIPTION", Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("new $T(SERVICE, VERSION, DEFAULT_ENDPOINT, RATE_LIMITS, $T::new$L)",
                                names.serviceDescription(), names.serviceException(service),
                                SensitiveFields.descriptionArgument(service))
                        .build());
        Map<Action, String> operations = operationConstants(service.actions());
        for (Action action : service.actions()) {
            type.addField(operation(service, action, operations.get(action)));
        }
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(names.clientSettings(), "settings")
                        .addStatement("super(settings)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A builder with the defaults: credentials from the default chain, the default endpoint,"
                                + " no region, retries and rate limiting on.\n\n$L",
                                Javadoc.returnTag("a new builder of {@code " + name.simpleName() + "}"))
                        .returns(builder)
                        .addStatement("return $T.builder(DESCRIPTION, $T::new)", names.clientSettings(), name)
                        .build());
        PaginatorMethod paginators = new PaginatorMethod(names);
        for (Action action : service.actions()) {
            addActionMethods(type, service, action, operations.get(action));
            addCallOptionsMethods(type, service, action, operations.get(action));
            if (action.pagination() != null) {
                type.addMethod(paginators.of(service, action));
            }
        }
        return SourceFiles.of(name.packageName(), type.build());
    }

    private FieldSpec operation(Service service, Action action, String constant) {
        ClassName request = ClassName.get(names.servicePackage(service), action.request().javaName());
        ClassName response = ClassName.get(names.servicePackage(service), action.response().javaName());
        return FieldSpec.builder(ParameterizedTypeName.get(names.operation(), request, response), constant,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T<>($S, $T.class, $T.$L, $L, $L,$W$T::$L, $T::$L)", names.operation(), action.name(),
                        response, names.operation().nestedClass("Region"),
                        action.regionRequired() ? "REQUIRED" : "OPTIONAL", action.idempotency().idempotent(),
                        tokenLiteral(action), request, JsonCodecMethods.WRITE, response, JsonCodecMethods.READ)
                .build();
    }

    private static CodeBlock tokenLiteral(Action action) {
        String token = action.idempotency().idempotencyToken();
        return token == null ? CodeBlock.of("null") : CodeBlock.of("$S", token);
    }

    /**
     * Each action's constant: {@code GetRunCalls} → {@code GET_RUN_CALLS}, with {@code _} added until it is free, so
     * that an action named {@code Service} or {@code Version} cannot take the client's own constants, nor two
     * method names that differ only in case take one constant. Spec order decides, so the names are stable.
     */
    private static Map<Action, String> operationConstants(List<Action> actions) {
        Set<String> taken = new HashSet<>(Set.of("SERVICE", "VERSION", "DEFAULT_ENDPOINT", "RATE_LIMITS", "DESCRIPTION"));
        Map<Action, String> constants = new IdentityHashMap<>();
        for (Action action : actions) {
            String constant = action.methodName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            while (!taken.add(constant)) {
                constant += "_";
            }
            constants.put(action, constant);
        }
        return constants;
    }

    private void addActionMethods(TypeSpec.Builder type, Service service, Action action, String operation) {
        ClassName request = ClassName.get(names.servicePackage(service), action.request().javaName());
        ClassName response = ClassName.get(names.servicePackage(service), action.response().javaName());
        String summary = Javadoc.text(action.title() != null ? action.title() : action.name());
        String description = Javadoc.paragraphs(action.description());
        String limit = action.rateLimit() == null ? "" : " At most " + action.rateLimit() + " calls per second are sent.";
        String region = action.regionRequired() ? " Requires a region." : "";
        type.addMethod(MethodSpec.methodBuilder(action.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        $L ({@code $L}).$L$L
                        $L
                        $L$L@throws $T the API answered with an error
                        @throws $T no API answer arrived (status, body, timeout, connection)
                        """, summary, action.name(), limit, region, description.isEmpty() ? "" : "\n" + description + "\n",
                        Javadoc.paramTag("request", "the request"), Javadoc.returnTag("the response"),
                        names.serviceException(service), names.transportException())
                .addParameter(request, "request")
                .returns(response)
                .addStatement("return call($L, request)", operation)
                .build());
        type.addMethod(MethodSpec.methodBuilder(action.asyncMethodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        {@link #$L} without blocking: the future fails with the exceptions that method throws.

                        $L$L""", action.methodName(), Javadoc.paramTag("request", "the request"),
                        Javadoc.returnTag("the response, when it arrives"))
                .addParameter(request, "request")
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
                .addStatement("return callAsync($L, request)", operation)
                .build());
    }

    /** {@code x(request, options)} and {@code xAsync(request, options)}: one call with some settings of its own. */
    private void addCallOptionsMethods(TypeSpec.Builder type, Service service, Action action, String operation) {
        ClassName request = ClassName.get(names.servicePackage(service), action.request().javaName());
        ClassName response = ClassName.get(names.servicePackage(service), action.response().javaName());
        String unknownOutcome = "An attempt whose outcome is unknown (sent, then a timeout, a reset or a 5xx)";
        String retries = action.idempotency().safeToRepeat()
                ? unknownOutcome + " may be sent again: " + retryReason(action.idempotency()) + "."
                : unknownOutcome + " is not sent again, since the action may not be safe to repeat.";
        type.addMethod(MethodSpec.methodBuilder(action.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        {@link #$L($T)} with options for this call only: a deadline for the whole call, extra headers,
                        the region, the retry policy or the language; what {@code options} leaves unset is the client's.

                        <p>$L

                        @param request the request
                        @param options this call's own settings, e.g. {@code $T.builder().timeout(Duration.ofSeconds(5)).build()}
                        @return the response
                        @throws $T the API answered with an error
                        @throws $T no API answer arrived (status, body, timeout, connection)
                        """, action.methodName(), request, retries, names.callOptions(), names.serviceException(service),
                        names.transportException())
                .addParameter(request, "request")
                .addParameter(names.callOptions(), "options")
                .returns(response)
                .addStatement("return call($L, request, options)", operation)
                .build());
        type.addMethod(MethodSpec.methodBuilder(action.asyncMethodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        {@link #$L($T, $T)} without blocking: the future fails with the exceptions that method throws.

                        @param request the request
                        @param options this call's own settings
                        @return the response, when it arrives
                        """, action.methodName(), request, names.callOptions())
                .addParameter(request, "request")
                .addParameter(names.callOptions(), "options")
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
                .addStatement("return callAsync($L, request, options)", operation)
                .build());
    }

    private static String retryReason(Idempotency idempotency) {
        String token = idempotency.idempotencyToken();
        String byToken = token == null ? null
                : "its idempotency token {@code " + token + "}, when left unset, is filled once per call and sent"
                        + " unchanged with every attempt";
        if (!idempotency.idempotent()) {
            return byToken;
        }
        String idempotent = idempotency.idempotentDeclared() ? "the action is declared idempotent" : "the action is read-only by its name";
        return byToken == null ? idempotent : idempotent + ", and " + byToken;
    }

    private static CodeBlock rateLimitsInitializer(List<Action> actions) {
        List<Action> limited = actions.stream().filter(a -> a.rateLimit() != null).toList();
        if (limited.isEmpty()) {
            return CodeBlock.of("$T.of()", Map.class);
        }
        CodeBlock.Builder entries = CodeBlock.builder().add("$T.ofEntries(", Map.class).indent().indent();
        for (int i = 0; i < limited.size(); i++) {
            entries.add("\n$T.entry($S, $L)$L", Map.class, limited.get(i).name(), limited.get(i).rateLimit(),
                    i + 1 < limited.size() ? "," : "");
        }
        return entries.add(")").unindent().unindent().build();
    }

    private static FieldSpec constant(Class<?> type, String name, CodeBlock value, String doc) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc)
                .initializer(value)
                .build();
    }
}
