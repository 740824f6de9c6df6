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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.lang.model.element.Modifier;

/**
 * Emits the core {@code SandboxServer}: a JDK {@code HttpServer} on loopback that answers like a Tencent
 * Cloud API 3.0 service. Every request goes through the checks the real service makes, in its order
 * (action and version, TC3 signature with the generated signer, rate limit, region, parameters against
 * the spec) before a canned answer is looked up, and every answer is HTTP 200 with a fresh RequestId.
 */
final class SandboxServerEmitter {

    private static final ClassName HTTP_SERVER = ClassName.get("com.sun.net.httpserver", "HttpServer");
    private static final ClassName HTTP_EXCHANGE = ClassName.get("com.sun.net.httpserver", "HttpExchange");
    private static final ClassName HEADERS = ClassName.get("com.sun.net.httpserver", "Headers");
    private static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName JSON_MAPPER = ClassName.get("com.fasterxml.jackson.databind.json", "JsonMapper");

    private final GeneratedNames names;
    private final Map<String, Object> args = new HashMap<>();

    SandboxServerEmitter(GeneratedNames names) {
        this.names = names;
        args.put("httpServer", HTTP_SERVER);
        args.put("exchange", HTTP_EXCHANGE);
        args.put("headers", HEADERS);
        args.put("objectNode", OBJECT_NODE);
        args.put("jsonNode", SandboxRulesEmitter.JSON_NODE);
        args.put("signer", names.signer());
        args.put("credentials", names.credentials());
        args.put("rules", names.sandboxRules());
        args.put("violation", names.sandboxRules().nestedClass("Violation"));
        args.put("answers", names.sandboxAnswers());
        args.put("ioException", IOException.class);
        args.put("unchecked", UncheckedIOException.class);
        args.put("outputStream", OutputStream.class);
        args.put("inetAddress", InetAddress.class);
        args.put("socketAddress", InetSocketAddress.class);
        args.put("uri", URI.class);
        args.put("charsets", StandardCharsets.class);
        args.put("digest", MessageDigest.class);
        args.put("arrayDeque", ArrayDeque.class);
        args.put("deque", Deque.class);
        args.put("hashMap", HashMap.class);
        args.put("list", List.class);
        args.put("map", Map.class);
        args.put("objects", Objects.class);
        args.put("uuid", UUID.class);
        args.put("executors", Executors.class);
    }

    JavaFile emit() {
        ClassName name = names.sandboxServer();
        ClassName settings = name.nestedClass("Settings");
        ClassName action = names.sandboxRules().nestedClass("Action");
        TypeName fields = ParameterizedTypeName.get(ClassName.get(List.class), names.sandboxRules().nestedClass("Field"));
        args.put("settings", settings);
        args.put("action", action);
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addJavadoc("""
                        A local stand-in for a Tencent Cloud API 3.0 service, on loopback; each service's sandbox class
                        starts one with what its spec says. Thread-safe.

                        <p>Each request is checked as the service checks it, the first failure answered as an API error:
                        the action and version ({@code InvalidAction}, {@code NoSuchVersion}); the TC3-HMAC-SHA256
                        signature ({@code AuthFailure.*}); the action's rate limit ({@code RequestLimitExceeded}); the
                        region where required and the parameters ({@code MissingParameter}, {@code UnknownParameter},
                        {@code InvalidParameterValue}). Then the fitting canned answer is sent, or {@code ResourceNotFound}
                        naming the request it has no answer for. Every answer carries a fresh RequestId.
                        """)
                .addField(FieldSpec.builder(OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.builder().build()", JSON_MAPPER)
                        .build())
                .addField(FieldSpec.builder(long.class, "MAX_CLOCK_SKEW_SECONDS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("How far a request's timestamp may be off the server's clock, as Tencent Cloud allows.\n")
                        .initializer("300")
                        .build())
                .addField(FieldSpec.builder(long.class, "WINDOW_MILLIS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1000")
                        .build())
                .addField(settings, "settings", Modifier.PRIVATE, Modifier.FINAL)
                .addField(HTTP_SERVER, "server", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ExecutorService.class, "executor", Modifier.PRIVATE, Modifier.FINAL)
                .addField(URI.class, "endpoint", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                                ParameterizedTypeName.get(Deque.class, Long.class)), "recentCalls", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("When the last second's accepted calls arrived (clock millis), by action; each guarded by itself.\n")
                        .initializer("new $T<>()", ConcurrentHashMap.class)
                        .build())
                .addField(FieldSpec.builder(AtomicLong.class, "requests", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", AtomicLong.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(settings, "settings")
                        .addException(IOException.class)
                        .addCode(code("""
                                this.settings = settings;
                                $inetAddress:T loopback = $inetAddress:T.getLoopbackAddress();
                                this.server = $httpServer:T.create(new $socketAddress:T(loopback, 0), 0);
                                this.executor = $executors:T.newCachedThreadPool(runnable -> {
                                    Thread thread = new Thread(runnable, "tcgen-" + settings.service() + "-sandbox");
                                    thread.setDaemon(true);
                                    return thread;
                                });
                                server.setExecutor(executor);
                                server.createContext("/", this::handle);
                                String host = loopback.getHostAddress();
                                this.endpoint = $uri:T.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                                        + server.getAddress().getPort());
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Starts a server on a free loopback port; throws {@link UncheckedIOException} when none can be bound.\n")
                        .addParameter(settings, "settings")
                        .returns(name)
                        .addCode(code("""
                                $objects:T.requireNonNull(settings, "settings");
                                try {
                                    SandboxServer sandbox = new SandboxServer(settings);
                                    sandbox.server.start();
                                    return sandbox;
                                } catch ($ioException:T e) {
                                    throw new $unchecked:T("cannot start the " + settings.service() + " sandbox on loopback", e);
                                }
                                """))
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoint")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Where to send calls, e.g. {@code http://127.0.0.1:49152}.\n")
                        .returns(URI.class)
                        .addStatement("return endpoint")
                        .build())
                .addMethod(MethodSpec.methodBuilder("credentials")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The only credentials whose signatures this server accepts.\n")
                        .returns(names.credentials())
                        .addStatement("return settings.credentials()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("requestCount")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("How many requests arrived so far, answered or refused.\n")
                        .returns(long.class)
                        .addStatement("return requests.get()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Stops listening at once and releases the server's threads.\n")
                        .addStatement("server.stop(0)")
                        .addStatement("executor.shutdownNow()")
                        .build())
                .addMethod(handle())
                .addMethod(answer())
                .addMethod(authenticate())
                .addMethod(withinRateLimit())
                .addMethod(MethodSpec.methodBuilder("error")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(names.sandboxRules().nestedClass("Violation"), "violation")
                        .returns(OBJECT_NODE)
                        .addCode(code("""
                                $objectNode:T response = MAPPER.createObjectNode();
                                response.putObject("Error").put("Code", violation.code()).put("Message", violation.message());
                                return response;
                                """))
                        .build())
                .addType(TypeSpec.recordBuilder(settings)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                What a sandbox serves.

                                @param service the product name signatures are checked for, e.g. {@code omics}
                                @param version the API version it answers, e.g. {@code 2022-11-28}
                                @param credentials the only credentials it accepts
                                @param actions the service's actions by name
                                @param types the fields of the data types that request parameters use, by type name
                                @param answers the canned answers, the first fitting best wins
                                @param clock checks request timestamps and counts requests per second
                                """)
                        .recordConstructor(MethodSpec.compactConstructorBuilder()
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(String.class, "service")
                                .addParameter(String.class, "version")
                                .addParameter(names.credentials(), "credentials")
                                .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), action), "actions")
                                .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), fields), "types")
                                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class),
                                        names.sandboxAnswers().nestedClass("Answer")), "answers")
                                .addParameter(Clock.class, "clock")
                                .addCode(code("""
                                        $objects:T.requireNonNull(service, "service");
                                        $objects:T.requireNonNull(version, "version");
                                        $objects:T.requireNonNull(credentials, "credentials");
                                        $objects:T.requireNonNull(clock, "clock");
                                        actions = $map:T.copyOf(actions);
                                        types = $map:T.copyOf(types);
                                        answers = $list:T.copyOf(answers);
                                        """))
                                .build())
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private MethodSpec handle() {
        return MethodSpec.methodBuilder("handle")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(HTTP_EXCHANGE, "exchange")
                .addException(IOException.class)
                .addCode(code("""
                        try {
                            $objectNode:T response;
                            try {
                                byte[] body = exchange.getRequestBody().readAllBytes();
                                requests.incrementAndGet();
                                response = answer(exchange, body);
                            } catch ($ioException:T | RuntimeException e) {
                                response = error(new $violation:T("InternalError", "The sandbox failed to answer: " + e));
                            }
                            response.put("RequestId", $uuid:T.randomUUID().toString());
                            $objectNode:T envelope = MAPPER.createObjectNode();
                            envelope.set("Response", response);
                            byte[] bytes = MAPPER.writeValueAsBytes(envelope);
                            exchange.getResponseHeaders().set("Content-Type", "application/json");
                            exchange.sendResponseHeaders(200, bytes.length);
                            try ($outputStream:T out = exchange.getResponseBody()) {
                                out.write(bytes);
                            }
                        } finally {
                            exchange.close();
                        }
                        """))
                .build();
    }

    private MethodSpec answer() {
        return MethodSpec.methodBuilder("answer")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("The content of {@code Response} for one request, but for its RequestId.\n")
                .addParameter(HTTP_EXCHANGE, "exchange")
                .addParameter(byte[].class, "body")
                .returns(OBJECT_NODE)
                .addCode(code("""
                        $headers:T headers = exchange.getRequestHeaders();
                        if (!exchange.getRequestMethod().equals("POST")) {
                            return error(new $violation:T("UnsupportedProtocol",
                                    "The sandbox takes POST requests with a JSON body, not " + exchange.getRequestMethod() + "."));
                        }
                        String actionName = headers.getFirst("X-TC-Action");
                        if (actionName == null || actionName.isBlank()) {
                            return error(new $violation:T("MissingParameter", "The request is missing the X-TC-Action header."));
                        }
                        $action:T action = settings.actions().get(actionName);
                        if (action == null) {
                            return error(new $violation:T("InvalidAction", "The action `" + actionName + "` is not part of "
                                    + settings.service() + " " + settings.version() + "."));
                        }
                        String version = headers.getFirst("X-TC-Version");
                        if (version == null || version.isBlank()) {
                            return error(new $violation:T("MissingParameter", "The request is missing the X-TC-Version header."));
                        }
                        if (!version.equals(settings.version())) {
                            return error(new $violation:T("NoSuchVersion", "The API version `" + version + "` does not exist; this sandbox serves "
                                    + settings.service() + " " + settings.version() + "."));
                        }
                        $violation:T violation = authenticate(exchange, headers, body);
                        if (violation == null) {
                            violation = withinRateLimit(action);
                        }
                        String region = headers.getFirst("X-TC-Region");
                        if (violation == null && action.regionRequired() && (region == null || region.isBlank())) {
                            violation = new $violation:T("MissingParameter", "The action `" + actionName
                                    + "` requires a region: the X-TC-Region header is missing.");
                        }
                        if (violation != null) {
                            return error(violation);
                        }
                        $jsonNode:T parameters;
                        try {
                            parameters = body.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(body);
                        } catch ($ioException:T e) {
                            return error(new $violation:T("InvalidParameter", "The request body is not valid JSON."));
                        }
                        if (parameters == null || !parameters.isObject()) {
                            return error(new $violation:T("InvalidParameter", "The request body must be a JSON object."));
                        }
                        violation = $rules:T.check(parameters, action.parameters(), settings.types());
                        if (violation != null) {
                            return error(violation);
                        }
                        $answers:T.Answer answer = $answers:T.find(settings.answers(), actionName, parameters);
                        if (answer == null) {
                            return error(new $violation:T("ResourceNotFound", "The sandbox has no answer for " + actionName + " with "
                                    + parameters + "; add one with an answers file or the sandbox builder's answer(...)."));
                        }
                        return answer.response().deepCopy();
                        """))
                .build();
    }

    private MethodSpec authenticate() {
        return MethodSpec.methodBuilder("authenticate")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        Why the request's TC3-HMAC-SHA256 signature is refused, or null when it is good: the signature is
                        computed again from the headers the request says it signed and the exact body bytes received.
                        """)
                .addParameter(HTTP_EXCHANGE, "exchange")
                .addParameter(HEADERS, "headers")
                .addParameter(byte[].class, "body")
                .returns(names.sandboxRules().nestedClass("Violation"))
                .addCode(code("""
                        String authorization = headers.getFirst("Authorization");
                        if (authorization == null || !authorization.startsWith($signer:T.ALGORITHM + " ")) {
                            return new $violation:T("AuthFailure.InvalidAuthorization",
                                    "The Authorization header is missing or does not start with " + $signer:T.ALGORITHM + ".");
                        }
                        $map:T<String, String> parts = new $hashMap:T<>();
                        for (String part : authorization.substring($signer:T.ALGORITHM.length() + 1).split(",")) {
                            int equals = part.indexOf('=');
                            if (equals > 0) {
                                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
                            }
                        }
                        String[] scope = parts.getOrDefault("Credential", "").split("/");
                        String signedHeaders = parts.get("SignedHeaders");
                        String signature = parts.get("Signature");
                        if (scope.length != 4 || !scope[3].equals("tc3_request") || signedHeaders == null || signature == null) {
                            return new $violation:T("AuthFailure.InvalidAuthorization", "The Authorization header must give"
                                    + " Credential=SecretId/Date/Service/tc3_request, SignedHeaders and Signature.");
                        }
                        $credentials:T credentials = settings.credentials();
                        if (!scope[0].equals(credentials.secretId())) {
                            return new $violation:T("AuthFailure.SecretIdNotFound", "The SecretId `" + scope[0]
                                    + "` is not known to this sandbox; sign with the sandbox's credentials().");
                        }
                        String timestampHeader = headers.getFirst("X-TC-Timestamp");
                        if (timestampHeader == null || timestampHeader.isBlank()) {
                            return new $violation:T("MissingParameter", "The request is missing the X-TC-Timestamp header.");
                        }
                        long timestamp;
                        try {
                            timestamp = Long.parseLong(timestampHeader.strip());
                        } catch (NumberFormatException e) {
                            return new $violation:T("InvalidParameterValue", "X-TC-Timestamp must be Unix seconds, not `" + timestampHeader + "`.");
                        }
                        long now = settings.clock().instant().getEpochSecond();
                        if (Math.abs(now - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
                            return new $violation:T("AuthFailure.SignatureExpire", "The request's timestamp " + timestamp
                                    + " is more than five minutes off the sandbox's clock (" + now + ").");
                        }
                        String expectedScope = $signer:T.date(timestamp) + "/" + settings.service();
                        if (!(scope[1] + "/" + scope[2]).equals(expectedScope)) {
                            return new $violation:T("AuthFailure.SignatureFailure", "The credential scope " + scope[1] + "/" + scope[2]
                                    + " does not fit the request; expected " + expectedScope + ".");
                        }
                        $list:T<String> signedNames = $list:T.of(signedHeaders.split(";"));
                        if (!signedNames.contains("content-type") || !signedNames.contains("host")) {
                            return new $violation:T("AuthFailure.InvalidAuthorization", "SignedHeaders must include content-type and host.");
                        }
                        $map:T<String, String> signed = new $hashMap:T<>();
                        for (String header : signedNames) {
                            String value = headers.getFirst(header);
                            if (value == null) {
                                return new $violation:T("AuthFailure.InvalidAuthorization", "The signed header " + header + " was not sent.");
                            }
                            signed.put(header, value);
                        }
                        String query = exchange.getRequestURI().getRawQuery();
                        String canonical = $signer:T.canonicalRequest(exchange.getRequestMethod(), query == null ? "" : query, signed, body);
                        String expected = $signer:T.signature($signer:T.deriveSigningKey(credentials.secretKey(), scope[1], settings.service()),
                                $signer:T.stringToSign(timestamp, settings.service(), canonical));
                        if (!$digest:T.isEqual(expected.getBytes($charsets:T.US_ASCII), signature.getBytes($charsets:T.US_ASCII))) {
                            return new $violation:T("AuthFailure.SignatureFailure", "The signature does not match: check the SecretKey,"
                                    + " and that the headers and body signed are exactly those sent.");
                        }
                        String token = headers.getFirst("X-TC-Token");
                        if (!$objects:T.equals(credentials.token().orElse(null), token == null || token.isBlank() ? null : token.strip())) {
                            return new $violation:T("AuthFailure.TokenFailure", "The X-TC-Token header does not fit the sandbox's credentials.");
                        }
                        return null;
                        """))
                .build();
    }

    private MethodSpec withinRateLimit() {
        return MethodSpec.methodBuilder("withinRateLimit")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Counts the call against its action's limit; refuses it when the last second is full.\n")
                .addParameter(names.sandboxRules().nestedClass("Action"), "action")
                .returns(names.sandboxRules().nestedClass("Violation"))
                .addCode(code("""
                        if (action.rateLimit() <= 0) {
                            return null;
                        }
                        $deque:T<Long> calls = recentCalls.computeIfAbsent(action.name(), ignored -> new $arrayDeque:T<>());
                        long now = settings.clock().millis();
                        synchronized (calls) {
                            while (!calls.isEmpty() && now - calls.peekFirst() >= WINDOW_MILLIS) {
                                calls.removeFirst();
                            }
                            if (calls.size() >= action.rateLimit()) {
                                return new $violation:T("RequestLimitExceeded", "More than " + action.rateLimit() + " "
                                        + action.name() + " requests in one second.");
                            }
                            calls.addLast(now);
                        }
                        return null;
                        """))
                .build();
    }

    private CodeBlock code(String format) {
        return CodeBlock.builder().addNamed(format, args).build();
    }
}
