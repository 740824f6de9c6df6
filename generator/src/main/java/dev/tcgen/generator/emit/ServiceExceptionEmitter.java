package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tcgen.generator.model.Service;
import javax.lang.model.element.Modifier;

/** Emits {@code <Prefix>Exception}: the core API exception with the service's own typed error code. */
final class ServiceExceptionEmitter implements Emitter<Service> {

    private final GeneratedNames names;

    ServiceExceptionEmitter(GeneratedNames names) {
        this.names = names;
    }

    @Override
    public JavaFile emit(Service service) {
        ClassName name = names.serviceException(service);
        ClassName errorCode = names.errorCode(service);
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(names.apiException())
                .addJavadoc("An error answered by {@code $L} $L: raw and typed code, message, RequestId.\n",
                        service.name(), service.version())
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("""
                                An error the server answered to a call of this service.

                                @param action the action called
                                @param code the error code as the server sent it
                                @param message the server's message
                                @param requestId the RequestId of the answer
                                """)
                        .addParameter(String.class, "action")
                        .addParameter(String.class, "code")
                        .addParameter(String.class, "message")
                        .addParameter(String.class, "requestId")
                        .addStatement("super(action, code, message, requestId)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("errorCode")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The code as this service's constant; {@link $T#UNKNOWN} for a code the spec does not"
                                + " list (then {@link #code()} still has it, and {@link #commonErrorCode()} may know it).\n\n"
                                + "@return the code's constant\n", errorCode)
                        .returns(errorCode)
                        .addStatement("return $T.fromCode(code())", errorCode)
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }
}
