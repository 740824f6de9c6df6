package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.net.URI;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code TencentCloudTransportException}: the request got no API answer (non-200 status, a body that
 * is not the JSON envelope, timeout, connection failure). It is deliberately not a
 * {@code TencentCloudException}: there is no error code, and retrying means something different.
 */
final class TransportExceptionEmitter {

    private final GeneratedNames names;

    TransportExceptionEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.transportException();
        ClassName kind = name.nestedClass("Kind");
        TypeSpec kinds = TypeSpec.enumBuilder(kind)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("What went wrong.\n")
                .addEnumConstant("HTTP_STATUS", constant("The server answered with a status other than 200.\n"))
                .addEnumConstant("MALFORMED_RESPONSE",
                        constant("Status 200, but the body is not the JSON envelope (not JSON, cut short, no Response).\n"))
                .addEnumConstant("TIMEOUT", constant("No complete answer within the configured time.\n"))
                .addEnumConstant("CONNECTION", constant("The connection could not be made or broke.\n"))
                .addEnumConstant("INTERRUPTED", constant("The calling thread was interrupted while waiting.\n"))
                .addEnumConstant("RESPONSE_TOO_LARGE",
                        constant("The response body is longer than the client's maxResponseBytes; the rest was not read.\n"))
                .build();
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(RuntimeException.class)
                .addJavadoc("""
                        The request got no answer from the API: the message says what happened (status, a short body
                        excerpt, timeout, connection failure) and where (the endpoint).
                        """)
                .addType(kinds)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addField(kind, "kind", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "action", Modifier.PRIVATE, Modifier.FINAL)
                .addField(URI.class, "endpoint", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "statusCode", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param statusCode the HTTP status, or -1 when no response arrived\n")
                        .addParameter(kind, "kind")
                        .addParameter(String.class, "action")
                        .addParameter(URI.class, "endpoint")
                        .addParameter(int.class, "statusCode")
                        .addParameter(String.class, "message")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(message, cause)")
                        .addStatement("this.kind = kind")
                        .addStatement("this.action = action")
                        .addStatement("this.endpoint = endpoint")
                        .addStatement("this.statusCode = statusCode")
                        .build())
                .addMethod(MethodSpec.methodBuilder("kind")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(kind)
                        .addStatement("return kind")
                        .build())
                .addMethod(MethodSpec.methodBuilder("action")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return action")
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoint")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(URI.class)
                        .addStatement("return endpoint")
                        .build())
                .addMethod(MethodSpec.methodBuilder("statusCode")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The HTTP status, when a response arrived.\n")
                        .returns(OptionalInt.class)
                        .addStatement("return statusCode < 0 ? $T.empty() : $T.of(statusCode)", OptionalInt.class, OptionalInt.class)
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private static TypeSpec constant(String doc) {
        return TypeSpec.anonymousClassBuilder("").addJavadoc(doc).build();
    }
}
