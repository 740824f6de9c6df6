package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.lang.model.element.Modifier;
import javax.net.ssl.SSLException;

/**
 * Emits the {@code Invoker} methods that turn what came back into a result or an exception: the
 * {@code Response} envelope unwrapped, {@code Response.Error} to the service's exception, and everything
 * else (status, unreadable body, timeout, connection failure) to a transport exception whose message says
 * what happened, with a short body excerpt and the endpoint.
 */
final class InvokerResponseEmitter {

    private static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    private static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    private static final ClassName JSON_PROCESSING_EXCEPTION =
            ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
    private static final TypeVariableName T = TypeVariableName.get("T");

    private final GeneratedNames names;
    private final Map<String, Object> args = new HashMap<>();

    InvokerResponseEmitter(GeneratedNames names) {
        this.names = names;
        args.put("completion", CompletionException.class);
        args.put("transport", names.transportException());
        args.put("kind", names.transportException().nestedClass("Kind"));
        args.put("charsets", StandardCharsets.class);
        args.put("arrays", Arrays.class);
        args.put("jsonNode", JSON_NODE);
        args.put("jsonProcessing", JSON_PROCESSING_EXCEPTION);
        args.put("ioException", IOException.class);
        args.put("jsonParser", JSON_PARSER);
        args.put("jsonToken", JSON_TOKEN);
    }

    List<MethodSpec> emit(TypeName callOfT) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(read(callOfT));
        methods.add(successPayloadStart());
        methods.add(doesNotFit(callOfT));
        methods.add(learnServerClock());
        methods.add(transportFailure());
        methods.add(MethodSpec.methodBuilder("transport")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(names.transportException().nestedClass("Kind"), "kind")
                .addParameter(String.class, "action")
                .addParameter(int.class, "status")
                .addParameter(String.class, "what")
                .addParameter(Throwable.class, "cause")
                .returns(names.transportException())
                .addStatement(code("return new $transport:T(kind, action, endpoint, status, action + \" to \" + endpoint + \": \" + what, cause)"))
                .build());
        methods.add(MethodSpec.methodBuilder("describe")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("The innermost cause's type and message; the JDK's outer exceptions often say less.\n")
                .addParameter(Throwable.class, "failure")
                .returns(String.class)
                .addCode("""
                Throwable root = rootCause(failure);
                return root.getMessage() == null ? root.getClass().getSimpleName()
                        : root.getClass().getSimpleName() + ": " + root.getMessage();
                """)
                .build());
        methods.add(MethodSpec.methodBuilder("rootCause")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Throwable.class, "failure")
                .returns(Throwable.class)
                .addCode("""
                Throwable root = failure;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                return root;
                """)
                .build());
        methods.add(MethodSpec.methodBuilder("excerpt")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(byte[].class, "body")
                .returns(String.class)
                .addCode(code("""
                if (body.length == 0) {
                    return "(empty body)";
                }
                byte[] head = $arrays:T.copyOf(body, Math.min(body.length, EXCERPT_LENGTH * 4));
                String text = new String(head, $charsets:T.UTF_8).replaceAll("\\\\s+", " ").strip();
                return text.length() <= EXCERPT_LENGTH && head.length == body.length ? text
                        : text.substring(0, Math.min(text.length(), EXCERPT_LENGTH)) + "...";
                """))
                .build());
        methods.add(MethodSpec.methodBuilder("text")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JSON_NODE, "node")
                .returns(String.class)
                .addStatement("return node == null || node.isNull() ? null : node.asText()")
                .build());
        return methods;
    }

    private MethodSpec read(TypeName callOfT) {
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(T)
                .addJavadoc("Unwraps {@code {\"Response\": ...}}: the output record, or the exception for an error or a bad answer.\n")
                .addParameter(callOfT, "call")
                .addParameter(ParameterizedTypeName.get(ClassName.get(HttpResponse.class), WildcardTypeName.subtypeOf(Object.class)), "response")
                .addParameter(byte[].class, "body")
                .returns(T)
                .addCode(code("""
                        int status = response.statusCode();
                        if (status != 200) {
                            throw transport($kind:T.HTTP_STATUS, call.action(), status, "HTTP " + status + ", body: " + excerpt(body), null);
                        }
                        int payloadStart = successPayloadStart(body);
                        if (payloadStart >= 0) {
                            try ($jsonParser:T parser = MAPPER.createParser(body, payloadStart, body.length - payloadStart)) {
                                return PAYLOAD_READERS.get(call.responseType()).readValue(parser);
                            } catch ($ioException:T | IllegalArgumentException e) {
                                throw doesNotFit(call, status, e);
                            }
                        }
                        $jsonNode:T root;
                        try {
                            root = MAPPER.readTree(body);
                        } catch ($ioException:T e) {
                            throw transport($kind:T.MALFORMED_RESPONSE, call.action(), status,
                                    "HTTP 200 but the body is not valid JSON or was cut short (" + body.length + " bytes: "
                                            + excerpt(body) + ")", e);
                        }
                        $jsonNode:T payload = root == null ? null : root.get("Response");
                        if (payload == null || !payload.isObject()) {
                            throw transport($kind:T.MALFORMED_RESPONSE, call.action(), status,
                                    "HTTP 200 but the body has no \\"Response\\" object: " + excerpt(body), null);
                        }
                        $jsonNode:T error = payload.get("Error");
                        if (error != null && !error.isNull()) {
                            String code = text(error.get("Code"));
                            if (code == null || code.isBlank()) {
                                throw transport($kind:T.MALFORMED_RESPONSE, call.action(), status,
                                        "HTTP 200 but Response.Error has no Code: " + excerpt(body), null);
                            }
                            if (code.equals(SIGNATURE_EXPIRE)) {
                                learnServerClock(response);
                            }
                            String message = text(error.get("Message"));
                            throw settings.errors().create(call.action(), code, message == null ? "" : message,
                                    text(payload.get("RequestId")));
                        }
                        try {
                            return MAPPER.treeToValue(payload, call.responseType());
                        } catch ($jsonProcessing:T | IllegalArgumentException e) {
                            throw doesNotFit(call, status, e);
                        }
                        """))
                .build();
    }

    /**
     * The common answer, a success, costs one streaming pass and one binding: no tree. Anything else (an
     * error, no {@code Response} object, not JSON) goes the tree's way, which says what is wrong.
     */
    private MethodSpec successPayloadStart() {
        return MethodSpec.methodBuilder("successPayloadStart")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("""
                        Where the {@code Response} object of a well-formed success answer starts in {@code body}; -1 when the
                        answer needs a closer look (an {@code Error}, no {@code Response} object, not JSON, trailing content).
                        One pass of the streaming parser, which skips values without building anything.
                        """)
                .addParameter(byte[].class, "body")
                .returns(int.class)
                .addCode(code("""
                        try ($jsonParser:T parser = MAPPER.createParser(body)) {
                            if (parser.nextToken() != $jsonToken:T.START_OBJECT) {
                                return -1;
                            }
                            long start = -1;
                            while (parser.nextToken() == $jsonToken:T.FIELD_NAME) {
                                boolean payload = "Response".equals(parser.currentName());
                                $jsonToken:T value = parser.nextToken();
                                if (!payload) {
                                    parser.skipChildren();
                                    continue;
                                }
                                if (value != $jsonToken:T.START_OBJECT) {
                                    return -1;
                                }
                                start = parser.currentTokenLocation().getByteOffset();
                                while (parser.nextToken() == $jsonToken:T.FIELD_NAME) {
                                    if ("Error".equals(parser.currentName())) {
                                        return -1;
                                    }
                                    parser.nextToken();
                                    parser.skipChildren();
                                }
                            }
                            return parser.nextToken() == null && start >= 0 && start <= Integer.MAX_VALUE ? (int) start : -1;
                        } catch ($ioException:T e) {
                            return -1;
                        }
                        """))
                .build();
    }

    private MethodSpec doesNotFit(TypeName callOfT) {
        return MethodSpec.methodBuilder("doesNotFit")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(T)
                .addParameter(callOfT, "call")
                .addParameter(int.class, "status")
                .addParameter(Exception.class, "failure")
                .returns(names.transportException())
                .addStatement(code("""
                        return transport($kind:T.MALFORMED_RESPONSE, call.action(), status, "the response does not fit "
                        + call.responseType().getSimpleName() + " (" + describe(failure) + ")", failure)"""))
                .build();
    }

    private MethodSpec learnServerClock() {
        return MethodSpec.methodBuilder("learnServerClock")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        Takes the server's clock from the Date header of an answer that found our timestamp expired, so
                        that later requests carry its time. An absent or unreadable Date changes nothing.
                        """)
                .addParameter(ParameterizedTypeName.get(ClassName.get(HttpResponse.class), WildcardTypeName.subtypeOf(Object.class)), "response")
                .addCode(code("""
                        $optional:T<String> date = response.headers().firstValue("Date");
                        if (date.isEmpty()) {
                            return;
                        }
                        try {
                            long serverTime = $zoned:T.parse(date.get(), $formatter:T.RFC_1123_DATE_TIME).toEpochSecond();
                            clockOffsetSeconds.set(serverTime - settings.clock().instant().getEpochSecond());
                        } catch ($parseException:T e) {
                            LOG.log(System.Logger.Level.DEBUG, () -> "ignoring an unreadable Date header: " + date.get());
                        }
                        """, "optional", Optional.class, "zoned", ZonedDateTime.class, "formatter", DateTimeFormatter.class,
                        "parseException", DateTimeParseException.class))
                .build();
    }

    private MethodSpec transportFailure() {
        return MethodSpec.methodBuilder("transportFailure")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("What a failed exchange means to the caller.\n")
                .addParameter(String.class, "action")
                .addParameter(Throwable.class, "failure")
                .returns(names.transportException())
                .addCode(code("""
                        Throwable cause = failure instanceof $completion:T && failure.getCause() != null ? failure.getCause() : failure;
                        // HttpClient.send wraps what the body reader failed with (too large, timed out) in an IOException.
                        for (Throwable inner = cause; inner != null; inner = inner.getCause() == inner ? null : inner.getCause()) {
                            if (inner instanceof $transport:T transport) {
                                return transport;
                            }
                            if (inner instanceof $timeout:T) {
                                cause = inner;
                                break;
                            }
                        }
                        if (cause instanceof $connectTimeout:T) {
                            return transport($kind:T.TIMEOUT, action, -1, "could not connect in time (" + describe(cause) + ")", cause);
                        }
                        if (cause instanceof $httpTimeout:T || cause instanceof $timeout:T) {
                            return transport($kind:T.TIMEOUT, action, -1,
                                    "no response within the read timeout of " + settings.readTimeout().toMillis() + " ms", cause);
                        }
                        if (cause instanceof $connect:T && rootCause(cause) instanceof $unresolved:T) {
                            return transport($kind:T.CONNECTION, action, -1, "could not resolve the host " + endpoint.getHost(), cause);
                        }
                        if (cause instanceof $ssl:T) {
                            return transport($kind:T.CONNECTION, action, -1, "the TLS handshake failed, the server's certificate may"
                                    + " not be trusted (" + describe(cause) + ")", cause);
                        }
                        if (cause instanceof $connect:T) {
                            return transport($kind:T.CONNECTION, action, -1, "could not connect (" + describe(cause) + ")", cause);
                        }
                        if (cause instanceof $ioException:T) {
                            return transport($kind:T.CONNECTION, action, -1, "the connection failed (" + describe(cause) + ")", cause);
                        }
                        return transport($kind:T.CONNECTION, action, -1, "the request failed (" + describe(cause) + ")", cause);
                        """, "connectTimeout", HttpConnectTimeoutException.class, "httpTimeout", HttpTimeoutException.class,
                        "timeout", TimeoutException.class, "connect", ConnectException.class,
                        "unresolved", UnresolvedAddressException.class, "ssl", SSLException.class))
                .build();
    }

    private CodeBlock code(String template, Object... extra) {
        Map<String, Object> all = new HashMap<>(args);
        for (int i = 0; i < extra.length; i += 2) {
            all.put((String) extra[i], extra[i + 1]);
        }
        return CodeBlock.builder().addNamed(template, all).build();
    }
}
