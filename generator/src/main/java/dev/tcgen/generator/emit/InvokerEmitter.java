package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Invoker}, the signed transport every generated client delegates to: validate, serialize the
 * body once, wait for the rate limiter, sign (fresh timestamp per attempt), send on {@code java.net.http},
 * unwrap the {@code Response} envelope, turn failures into the API or transport exception, retry by policy.
 * The sync and the async client methods run their attempts differently ({@link InvokerAttemptsEmitter}) but
 * share every step of an attempt, so they cannot drift apart.
 */
final class InvokerEmitter {

    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName JSON_MAPPER = ClassName.get("com.fasterxml.jackson.databind.json", "JsonMapper");
    private static final ClassName OBJECT_READER = ClassName.get("com.fasterxml.jackson.databind", "ObjectReader");
    private static final ClassName OBJECT_WRITER = ClassName.get("com.fasterxml.jackson.databind", "ObjectWriter");
    private static final ClassName SERIALIZATION_FEATURE =
            ClassName.get("com.fasterxml.jackson.databind", "SerializationFeature");
    private static final ClassName DESERIALIZATION_FEATURE =
            ClassName.get("com.fasterxml.jackson.databind", "DeserializationFeature");
    private static final ClassName JSON_PROCESSING_EXCEPTION =
            ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
    private static final TypeVariableName T = TypeVariableName.get("T");

    private final GeneratedNames names;
    private final Map<String, Object> args = new HashMap<>();

    InvokerEmitter(GeneratedNames names) {
        this.names = names;
        args.put("completion", CompletionException.class);
        args.put("transport", names.transportException());
        args.put("kind", names.transportException().nestedClass("Kind"));
        args.put("credentials", names.credentials());
        args.put("limiter", names.rateLimiter());
        args.put("http", HttpClient.class);
        args.put("request", HttpRequest.class);
        args.put("map", Map.class);
        args.put("objects", Objects.class);
        args.put("duration", Duration.class);
        args.put("jsonProcessing", JSON_PROCESSING_EXCEPTION);
        args.put("uri", URI.class);
    }

    JavaFile emit() {
        ClassName name = names.invoker();
        ClassName settings = name.nestedClass("Settings");
        ClassName errorFactory = name.nestedClass("ErrorFactory");
        ClassName call = name.nestedClass("Call");
        TypeName callOfT = ParameterizedTypeName.get(call, T);
        TypeName futureOfT = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), T);
        InvokerBodyEmitter body = new InvokerBodyEmitter(names);
        InvokerAttemptsEmitter attempts = new InvokerAttemptsEmitter(names);
        args.put("settingsType", settings);
        args.put("callType", call);

        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addJavadoc("""
                        Sends signed TC3-HMAC-SHA256 calls of one service version; thread-safe. The generated clients
                        delegate to it; application code uses those clients.
                        """)
                .addField(body.defaultLimit())
                .addField(constant(String.class, "CONTENT_TYPE", "$S", "application/json; charset=utf-8"))
                .addField(constant(String.class, "SIGNATURE_EXPIRE", "$S", "AuthFailure.SignatureExpire"))
                .addField(constant(String.class, "REQUEST_CLIENT", "$S", "tcgen"))
                .addField(constant(int.class, "EXCERPT_LENGTH", "$L", 200))
                .addField(FieldSpec.builder(System.Logger.class, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("System.getLogger($T.class.getName())", name)
                        .build())
                .addField(FieldSpec.builder(OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Empty requests are legal (actions without parameters); unknown response fields are not errors.\n")
                        .initializer(CodeBlock.builder()
                                .add("$T.builder()\n", JSON_MAPPER)
                                .indent().indent()
                                .add(".disable($T.FAIL_ON_EMPTY_BEANS)\n", SERIALIZATION_FEATURE)
                                .add(".disable($T.FAIL_ON_UNKNOWN_PROPERTIES)\n", DESERIALIZATION_FEATURE)
                                .add(".enable($T.FAIL_ON_TRAILING_TOKENS)\n", DESERIALIZATION_FEATURE)
                                .add(".build()")
                                .unindent().unindent()
                                .build())
                        .build())
                .addField(perType("PAYLOAD_READERS", OBJECT_READER, """
                                Per response type, its reader, resolved once rather than on every call. It binds the {@code Response}
                                object where it lies in a body whose whole structure was already checked.
                                """, CodeBlock.of("return MAPPER.readerFor(type).without($T.FAIL_ON_TRAILING_TOKENS)", DESERIALIZATION_FEATURE)))
                .addField(perType("REQUEST_WRITERS", OBJECT_WRITER, "Per request type, its writer, resolved once rather than on every call.\n",
                        CodeBlock.of("return MAPPER.writerFor(type)")))
                .addField(settings, "settings", Modifier.PRIVATE, Modifier.FINAL)
                .addField(URI.class, "endpoint", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "host", Modifier.PRIVATE, Modifier.FINAL)
                .addField(names.signer(), "signer", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), names.rateLimiter()),
                        "limiters", Modifier.PRIVATE, Modifier.FINAL)
                .addField(HttpClient.class, "http", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ExecutorService.class, "ownExecutor", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The executor of the HttpClient this invoker made itself; null for a user-supplied client.\n")
                        .build())
                .addField(FieldSpec.builder(AtomicBoolean.class, "closed", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", AtomicBoolean.class)
                        .build())
                .addField(FieldSpec.builder(AtomicLong.class, "clockOffsetSeconds", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("""
                                The server's clock minus ours, in seconds, added to every timestamp; learned from the Date
                                header of an {@code AuthFailure.SignatureExpire} answer.
                                """)
                        .initializer("new $T()", AtomicLong.class)
                        .build())
                .addMethod(constructor(settings))
                .addMethod(MethodSpec.methodBuilder("call")
                        .addModifiers(Modifier.PUBLIC)
                        .addTypeVariable(T)
                        .addJavadoc("""
                                Calls {@code action} and waits for the result.

                                @throws TencentCloudException (as the service's subclass) for an API error
                                @throws TencentCloudTransportException when no API answer arrived
                                @throws IllegalStateException before sending, when a required region is unset or the client is closed
                                """)
                        .addParameter(String.class, "action")
                        .addParameter(boolean.class, "regionRequired")
                        .addParameter(Object.class, "request")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "responseType")
                        .returns(T)
                        .addStatement("return send(prepare(action, regionRequired, request, responseType))")
                        .build())
                .addMethod(MethodSpec.methodBuilder("callAsync")
                        .addModifiers(Modifier.PUBLIC)
                        .addTypeVariable(T)
                        .addJavadoc("""
                                Calls {@code action}; the future fails with the same exceptions {@link #call} throws. Checks that
                                need no network (closed client, missing region) throw at once instead.
                                """)
                        .addParameter(String.class, "action")
                        .addParameter(boolean.class, "regionRequired")
                        .addParameter(Object.class, "request")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "responseType")
                        .returns(futureOfT)
                        .addStatement("return attempt(prepare(action, regionRequired, request, responseType), 1, false)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("prepare")
                        .addModifiers(Modifier.PRIVATE)
                        .addTypeVariable(T)
                        .addJavadoc("The checks that need no network, and the body serialized once for every attempt.\n")
                        .addParameter(String.class, "action")
                        .addParameter(boolean.class, "regionRequired")
                        .addParameter(Object.class, "request")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "responseType")
                        .returns(callOfT)
                        .addCode(code("""
                                $objects:T.requireNonNull(request, "request");
                                if (closed.get()) {
                                    throw new IllegalStateException("the " + settings.service() + " client is closed");
                                }
                                if (regionRequired && settings.region() == null) {
                                    throw new IllegalStateException(action + " requires a region: set one with region(...) on the client builder");
                                }
                                byte[] body;
                                try {
                                    body = REQUEST_WRITERS.get(request.getClass()).writeValueAsBytes(request);
                                } catch ($jsonProcessing:T e) {
                                    throw new IllegalArgumentException(action + ": the request cannot be written as JSON: " + e.getOriginalMessage(), e);
                                }
                                return new $callType:T<>(action, body, responseType);
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Refuses further calls and releases the threads of the HttpClient it made (a supplied one is left alone).\n")
                        .beginControlFlow("if (closed.compareAndSet(false, true) && ownExecutor != null)")
                        .addStatement("ownExecutor.shutdown()")
                        .endControlFlow()
                        .build())
                .addMethods(attempts.methods(callOfT, futureOfT))
                .addMethod(body.handler())
                .addMethod(signedRequest(call))
                .addMethods(new InvokerResponseEmitter(names).emit(callOfT))
                .addMethod(MethodSpec.methodBuilder("unchecked")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addJavadoc("The failure a caller should see: unwrapped from the future's wrapper; errors rethrown as they are.\n")
                        .addParameter(Throwable.class, "failure")
                        .returns(RuntimeException.class)
                        .addCode(code("""
                                Throwable cause = failure instanceof $completion:T && failure.getCause() != null ? failure.getCause() : failure;
                                if (cause instanceof Error error) {
                                    throw error;
                                }
                                return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("rootEndpoint")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addJavadoc("The endpoint with path {@code /}; rejects what the API cannot be reached at.\n")
                        .addParameter(URI.class, "endpoint")
                        .returns(URI.class)
                        .addCode(code("""
                                String scheme = endpoint.getScheme();
                                if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                                        || endpoint.getHost() == null) {
                                    throw new IllegalArgumentException("the endpoint must be an http or https URL with a host, not " + endpoint);
                                }
                                String path = endpoint.getRawPath();
                                if ((path != null && !path.isEmpty() && !path.equals("/")) || endpoint.getRawQuery() != null) {
                                    throw new IllegalArgumentException("the endpoint must have no path or query (calls go to /), not " + endpoint);
                                }
                                return $uri:T.create(scheme.toLowerCase($locale:T.ROOT) + "://" + endpoint.getRawAuthority() + "/");
                                """, "locale", java.util.Locale.class))
                        .build())
                .addMethod(MethodSpec.methodBuilder("hostHeader")
                        .addModifiers(Modifier.STATIC)
                        .addJavadoc("""
                                The Host header {@code java.net.http} sends for {@code endpoint} (it sets Host itself): the port
                                appears only when it is not the scheme's default. The signature must cover exactly this value.
                                """)
                        .addParameter(URI.class, "endpoint")
                        .returns(String.class)
                        .addCode("""
                                int port = endpoint.getPort();
                                boolean defaultPort = port == -1 || port == (endpoint.getScheme().equalsIgnoreCase("https") ? 443 : 80);
                                return defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + port;
                                """)
                        .build())
                .addMethod(MethodSpec.methodBuilder("daemonThreads")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "service")
                        .returns(ThreadFactory.class)
                        .addCode("""
                                $T count = new $T();
                                return runnable -> {
                                    Thread thread = new Thread(runnable, "tcgen-" + service + "-http-" + count.incrementAndGet());
                                    thread.setDaemon(true);
                                    return thread;
                                };
                                """, AtomicInteger.class, AtomicInteger.class)
                        .build())
                .addType(new InvokerSettingsEmitter(names).emit(settings, errorFactory))
                .addType(body.subscriber())
                .addType(attempts.retryRecord())
                .addType(TypeSpec.interfaceBuilder(errorFactory)
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(FunctionalInterface.class)
                        .addJavadoc("Makes the service's exception for an API error, e.g. {@code OmicsException::new}.\n")
                        .addMethod(MethodSpec.methodBuilder("create")
                                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                                .addParameter(String.class, "action")
                                .addParameter(String.class, "code")
                                .addParameter(String.class, "message")
                                .addParameter(String.class, "requestId")
                                .returns(names.apiException())
                                .build())
                        .build())
                .addType(TypeSpec.recordBuilder(call)
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("One call: the body is serialized once; every attempt sends (and signs) these bytes.\n")
                        .addTypeVariable(T)
                        .recordConstructor(MethodSpec.compactConstructorBuilder()
                                .addParameter(String.class, "action")
                                .addParameter(byte[].class, "body")
                                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "responseType")
                                .build())
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private MethodSpec constructor(ClassName settings) {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Throws {@link IllegalArgumentException} for an endpoint that is not an http(s) URL of a host.\n")
                .addParameter(settings, "settings")
                .addCode(code("""
                        this.settings = $objects:T.requireNonNull(settings, "settings");
                        this.endpoint = rootEndpoint(settings.endpoint());
                        this.host = hostHeader(endpoint);
                        this.signer = new $signer:T(settings.service());
                        $map:T<String, $limiter:T> limiters = new $hashMap:T<>();
                        settings.rateLimits().forEach((action, perSecond) -> limiters.put(action, new $limiter:T(perSecond)));
                        this.limiters = $map:T.copyOf(limiters);
                        if (settings.httpClient() != null) {
                            this.http = settings.httpClient();
                            this.ownExecutor = null;
                        } else {
                            this.ownExecutor = $executors:T.newCachedThreadPool(daemonThreads(settings.service()));
                            this.http = $http:T.newBuilder()
                                    .connectTimeout(settings.connectTimeout())
                                    .followRedirects($http:T.Redirect.NEVER)
                                    .executor(ownExecutor)
                                    .build();
                        }
                        """, "signer", names.signer(), "hashMap", HashMap.class, "executors", Executors.class))
                .build();
    }

    /** A {@code ClassValue} of Jackson's per-type reader or writer: its lookup is a field read once computed. */
    private static FieldSpec perType(String name, ClassName valueType, String javadoc, CodeBlock compute) {
        TypeSpec classValue = TypeSpec.anonymousClassBuilder("")
                .superclass(ParameterizedTypeName.get(ClassName.get(ClassValue.class), valueType))
                .addMethod(MethodSpec.methodBuilder("computeValue")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "type")
                        .returns(valueType)
                        .addStatement(compute)
                        .build())
                .build();
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(ClassValue.class), valueType), name,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc)
                .initializer("$L", classValue)
                .build();
    }

    private MethodSpec signedRequest(ClassName call) {
        return MethodSpec.methodBuilder("signedRequest")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        The request for one attempt, signed with the current credentials and time (by the server's clock
                        once it is known to differ from ours). The signed Content-Type
                        is the very string sent; Host is the value the HTTP client derives from the endpoint.
                        """)
                .addParameter(ParameterizedTypeName.get(call, TypeVariableName.get("?")), "call")
                .returns(HttpRequest.class)
                .addCode(code("""
                        $credentials:T credentials = settings.credentials().credentials();
                        long timestamp = settings.clock().instant().getEpochSecond() + clockOffsetSeconds.get();
                        String authorization = signer.authorization(credentials, timestamp, "POST", "",
                                $map:T.of("Content-Type", CONTENT_TYPE, "Host", host), call.body());
                        $request:T.Builder request = $request:T.newBuilder(endpoint)
                                .timeout(settings.readTimeout())
                                .POST($request:T.BodyPublishers.ofByteArray(call.body()))
                                .header("Authorization", authorization)
                                .header("Content-Type", CONTENT_TYPE)
                                .header("X-TC-Action", call.action())
                                .header("X-TC-Version", settings.version())
                                .header("X-TC-Timestamp", Long.toString(timestamp))
                                .header("X-TC-RequestClient", REQUEST_CLIENT);
                        if (settings.region() != null) {
                            request.header("X-TC-Region", settings.region());
                        }
                        if (settings.language() != null) {
                            request.header("X-TC-Language", settings.language());
                        }
                        credentials.token().ifPresent(token -> request.header("X-TC-Token", token));
                        if (endpoint.getScheme().equals("http")) {
                            // Plain HTTP/2 would first try an h2c upgrade; API servers speak HTTP/1.1 or TLS.
                            request.version($http:T.Version.HTTP_1_1);
                        }
                        return request.build();
                        """))
                .build();
    }

    private CodeBlock code(String template, Object... extra) {
        Map<String, Object> all = new HashMap<>(args);
        for (int i = 0; i < extra.length; i += 2) {
            all.put((String) extra[i], extra[i + 1]);
        }
        return CodeBlock.builder().addNamed(template, all).build();
    }

    private static FieldSpec constant(Class<?> type, String name, String format, Object value) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, value)
                .build();
    }
}
