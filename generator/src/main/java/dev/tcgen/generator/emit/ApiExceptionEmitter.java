package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code TencentCloudException}, the unchecked base of every service's API-error exception: the server
 * processed the request and answered with {@code Response.Error}. {@code getMessage()} is the server's
 * message as sent; {@code toString()} adds the action, code and RequestId that support asks for.
 */
final class ApiExceptionEmitter {

    private final GeneratedNames names;

    ApiExceptionEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.apiException();
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeException.class)
                .addJavadoc("""
                        An error the Tencent Cloud API answered with ({@code Response.Error}): raw code, message and
                        RequestId. Each service's exception extends this with its own typed code.
                        """)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addField(String.class, "action", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "requestId", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("""
                                @param action the action called, e.g. {@code GetRunCalls}
                                @param code the error code as sent, e.g. {@code AuthFailure.SignatureFailure}
                                @param message the server's message
                                @param requestId the server's RequestId, or null when it sent none
                                """)
                        .addParameter(String.class, "action")
                        .addParameter(String.class, "code")
                        .addParameter(String.class, "message")
                        .addParameter(String.class, "requestId")
                        .addStatement("super(message)")
                        .addStatement("this.action = action")
                        .addStatement("this.code = code")
                        .addStatement("this.requestId = requestId")
                        .build())
                .addMethod(getter("action", "The action called, e.g. {@code GetRunCalls}.\n"))
                .addMethod(getter("code", "The error code exactly as the server sent it.\n"))
                .addMethod(getter("requestId", "The server's RequestId, to quote to support; null when it sent none.\n"))
                .addMethod(MethodSpec.methodBuilder("commonErrorCode")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The code as a common error code; {@code UNKNOWN} when it is service-specific.\n")
                        .returns(names.commonErrorCode())
                        .addStatement("return $T.fromCode(code)", names.commonErrorCode())
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return getClass().getName() + \": \" + action + \" failed with \" + code + \": \""
                                + " + getMessage() + \" (RequestId \" + requestId + \")\"")
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private static MethodSpec getter(String field, String doc) {
        return MethodSpec.methodBuilder(field)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc)
                .returns(String.class)
                .addStatement("return $N", field)
                .build();
    }
}
