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
import dev.tcgen.generator.model.Service;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Prefix>Client}: a builder for the user's settings and, per action, a sync and an async method
 * that hand the request to the core {@code Invoker} with what the spec says about the action (name, rate
 * limit, whether a region is required).
 */
final class ClientEmitter {

    private final GeneratedNames names;

    ClientEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit(Service service) {
        ClassName name = names.client(service);
        ClassName builder = name.nestedClass("Builder");
        TypeName rateLimits = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ClassName.get(Integer.class));
        String title = service.title() == null ? service.name() : service.title();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addJavadoc("""
                        The client of $L ({@code $L} $L); thread-safe, meant to be built once and shared.

                        <p>Each call is signed with TC3-HMAC-SHA256. API errors throw {@link $T}; failures to get an
                        answer throw {@link $T}. Documented per-action rate limits are honoured across all threads
                        (see {@link Builder#rateLimit(boolean)}).
                        """, Javadoc.text(title), service.name(), service.version(), names.serviceException(service),
                        names.transportException())
                .addField(constant(String.class, "SERVICE", CodeBlock.of("$S", service.name()),
                        "The product name requests are signed for.\n"))
                .addField(constant(String.class, "VERSION", CodeBlock.of("$S", service.version()), "The API version.\n"))
                .addField(constant(URI.class, "DEFAULT_ENDPOINT",
                        CodeBlock.of("$T.create($S)", URI.class, "https://" + service.host()), "Where calls go by default.\n"))
                .addField(FieldSpec.builder(rateLimits, "RATE_LIMITS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Documented requests per second, by action.\n")
                        .initializer(rateLimitsInitializer(service.actions()))
                        .build())
                .addField(names.invoker(), "invoker", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(builder, "builder")
                        .addCode("""
                                this.invoker = new $T(new $T(SERVICE, VERSION, builder.endpoint, builder.credentials,
                                        builder.region, builder.language, builder.connectTimeout, builder.readTimeout,
                                        builder.retryPolicy, builder.rateLimit ? RATE_LIMITS : $T.of(), builder.httpClient,
                                        $T.systemUTC(), $T::new, builder.maxResponseBytes));
                                """, names.invoker(), names.invoker().nestedClass("Settings"), Map.class, Clock.class,
                                names.serviceException(service))
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A builder with the defaults: credentials from the default chain, the default endpoint,"
                                + " no region, retries and rate limiting on.\n")
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build());
        for (Action action : service.actions()) {
            addActionMethods(type, service, action);
        }
        type.addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Refuses further calls and releases this client's threads; a supplied HttpClient is left open.\n")
                        .addStatement("invoker.close()")
                        .build())
                .addType(new ClientBuilderEmitter(names).emit(name, builder));
        return SourceFiles.of(name.packageName(), type.build());
    }

    private void addActionMethods(TypeSpec.Builder type, Service service, Action action) {
        ClassName request = ClassName.get(names.servicePackage(service), action.request().javaName());
        ClassName response = ClassName.get(names.servicePackage(service), action.response().javaName());
        String summary = Javadoc.text(action.title() != null ? action.title() : action.name());
        String description = Javadoc.text(action.description());
        String limit = action.rateLimit() == null ? "" : " At most " + action.rateLimit() + " calls per second are sent.";
        String region = action.regionRequired() ? " Requires a region." : "";
        type.addMethod(MethodSpec.methodBuilder(action.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        $L ({@code $L}).$L$L

                        <p>$L

                        @throws $T the API answered with an error
                        @throws $T no API answer arrived (status, body, timeout, connection)
                        """, summary, action.name(), limit, region, description.isEmpty() ? summary : description,
                        names.serviceException(service), names.transportException())
                .addParameter(request, "request")
                .returns(response)
                .addStatement("return invoker.call($S, $L, request, $T.class)", action.name(), action.regionRequired(), response)
                .build());
        type.addMethod(MethodSpec.methodBuilder(action.asyncMethodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        {@link #$L} without blocking: the future fails with the exceptions that method throws.
                        """, action.methodName())
                .addParameter(request, "request")
                .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response))
                .addStatement("return invoker.callAsync($S, $L, request, $T.class)", action.name(), action.regionRequired(),
                        response)
                .build());
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

    /** Emits the nested {@code Builder}; separate so that each class stays readable. */
    private static final class ClientBuilderEmitter {

        private final GeneratedNames names;

        ClientBuilderEmitter(GeneratedNames names) {
            this.names = names;
        }

        TypeSpec emit(ClassName client, ClassName builder) {
            return TypeSpec.classBuilder(builder)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Configures a {@link $T}; not thread-safe.\n", client)
                    .addField(FieldSpec.builder(names.credentialsProvider(), "credentials", Modifier.PRIVATE)
                            .initializer("$T.defaultChain()", names.credentialsProvider()).build())
                    .addField(String.class, "region", Modifier.PRIVATE)
                    .addField(String.class, "language", Modifier.PRIVATE)
                    .addField(FieldSpec.builder(URI.class, "endpoint", Modifier.PRIVATE).initializer("DEFAULT_ENDPOINT").build())
                    .addField(FieldSpec.builder(Duration.class, "connectTimeout", Modifier.PRIVATE)
                            .initializer("$T.ofSeconds(10)", Duration.class).build())
                    .addField(FieldSpec.builder(Duration.class, "readTimeout", Modifier.PRIVATE)
                            .initializer("$T.ofSeconds(60)", Duration.class).build())
                    .addField(FieldSpec.builder(names.retryPolicy(), "retryPolicy", Modifier.PRIVATE)
                            .initializer("$T.defaults()", names.retryPolicy()).build())
                    .addField(FieldSpec.builder(boolean.class, "rateLimit", Modifier.PRIVATE).initializer("true").build())
                    .addField(HttpClient.class, "httpClient", Modifier.PRIVATE)
                    .addField(FieldSpec.builder(int.class, "maxResponseBytes", Modifier.PRIVATE)
                            .initializer("$T.DEFAULT_MAX_RESPONSE_BYTES", names.invoker()).build())
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .addMethod(MethodSpec.methodBuilder("credentials")
                            .addModifiers(Modifier.PUBLIC)
                            .addJavadoc("Fixed credentials.\n")
                            .addParameter(names.credentials(), "credentials")
                            .returns(builder)
                            .addStatement("this.credentials = $T.of(credentials)", names.credentialsProvider())
                            .addStatement("return this")
                            .build())
                    .addMethod(setter(builder, names.credentialsProvider(), "credentialsProvider", "credentials",
                            "Credentials asked before every attempt, e.g. rotating temporary ones (default: environment, then profile file).\n"))
                    .addMethod(optionalText(builder, "region", "The region, sent as {@code X-TC-Region}, e.g. {@code ap-guangzhou}; null for none.\n"))
                    .addMethod(optionalText(builder, "language", "The language of messages, sent as {@code X-TC-Language}: {@code zh-CN} or {@code en-US}; null for none.\n"))
                    .addMethod(setter(builder, ClassName.get(URI.class), "endpoint", "endpoint",
                            "Where calls go, e.g. {@code http://127.0.0.1:8080}; the request path is always {@code /}.\n"))
                    .addMethod(setter(builder, ClassName.get(Duration.class), "connectTimeout", "connectTimeout",
                            "How long to wait for a connection (default 10 s); ignored with a supplied HttpClient.\n"))
                    .addMethod(setter(builder, ClassName.get(Duration.class), "readTimeout", "readTimeout",
                            "How long to wait for a complete response, per attempt (default 60 s).\n"))
                    .addMethod(setter(builder, names.retryPolicy(), "retryPolicy", "retryPolicy",
                            "Which failures are retried and how (default {@code RetryPolicy.defaults()}; {@code RetryPolicy.none()} turns retries off).\n"))
                    .addMethod(MethodSpec.methodBuilder("rateLimit")
                            .addModifiers(Modifier.PUBLIC)
                            .addJavadoc("Whether to keep each action within its documented calls per second (default true).\n")
                            .addParameter(boolean.class, "rateLimit")
                            .returns(builder)
                            .addStatement("this.rateLimit = rateLimit")
                            .addStatement("return this")
                            .build())
                    .addMethod(setter(builder, ClassName.get(HttpClient.class), "httpClient", "httpClient",
                            "The HttpClient to send with; its own connect timeout, proxy and TLS settings apply.\n"))
                    .addMethod(MethodSpec.methodBuilder("maxResponseBytes")
                            .addModifiers(Modifier.PUBLIC)
                            .addJavadoc("""
                                    The longest response body to read, in bytes (default 10 MiB). A longer one is not read to the
                                    end: the call fails with {@code RESPONSE_TOO_LARGE}. Throws {@link IllegalArgumentException} below 1.
                                    """)
                            .addParameter(int.class, "maxResponseBytes")
                            .returns(builder)
                            .beginControlFlow("if (maxResponseBytes < 1)")
                            .addStatement("throw new IllegalArgumentException($S + maxResponseBytes)",
                                    "maxResponseBytes must be positive, not ")
                            .endControlFlow()
                            .addStatement("this.maxResponseBytes = maxResponseBytes")
                            .addStatement("return this")
                            .build())
                    .addMethod(MethodSpec.methodBuilder("build")
                            .addModifiers(Modifier.PUBLIC)
                            .addJavadoc("The client; throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL.\n")
                            .returns(client)
                            .addStatement("return new $T(this)", client)
                            .build())
                    .build();
        }

        private static MethodSpec setter(ClassName builder, TypeName type, String method, String field, String doc) {
            return MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(doc)
                    .addParameter(type, field)
                    .returns(builder)
                    .addStatement("this.$1N = $2T.requireNonNull($1N, $3S)", field, Objects.class, field)
                    .addStatement("return this")
                    .build();
        }

        private static MethodSpec optionalText(ClassName builder, String field, String doc) {
            return MethodSpec.methodBuilder(field)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(doc)
                    .addParameter(String.class, field)
                    .returns(builder)
                    .addStatement("this.$1N = $1N == null || $1N.isBlank() ? null : $1N.strip()", field)
                    .addStatement("return this")
                    .build();
        }
    }
}
