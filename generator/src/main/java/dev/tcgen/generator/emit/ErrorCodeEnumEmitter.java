package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcgen.generator.model.ErrorCode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits an error-code enum: one constant per code with its wire code and description, and an
 * {@code UNKNOWN} constant that {@code fromCode} returns for anything unlisted, so that a server adding a
 * code never breaks a client.
 */
final class ErrorCodeEnumEmitter implements Emitter<ErrorCodeEnumEmitter.Codes> {

    /** One enum: its name, the first sentence of its Javadoc, and its codes in spec order. */
    record Codes(ClassName name, String title, List<ErrorCode> codes) {}

    @Override
    public JavaFile emit(Codes subject) {
        ClassName name = subject.name();
        String title = subject.title();
        List<ErrorCode> codes = subject.codes();
        TypeSpec.Builder type = TypeSpec.enumBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n\n<p>{@link #fromCode(String)} maps a code string to its constant, and any code not"
                        + " listed here to {@link #UNKNOWN}.\n", title);
        for (ErrorCode code : codes) {
            type.addEnumConstant(code.constantName(), TypeSpec.anonymousClassBuilder("$S, $S", code.code(),
                            code.description() == null ? "" : code.description())
                    .addJavadoc("{@code $L}$L\n", code.code(),
                            code.description() == null ? "" : ": " + Javadoc.text(code.description()))
                    .build());
        }
        type.addEnumConstant("UNKNOWN", TypeSpec.anonymousClassBuilder("$S, $S", "", "An error code this version of the spec does not list.")
                .addJavadoc("A code this spec does not list; the exception that carries it keeps the raw code.\n")
                .build());

        TypeName index = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), name);
        // Not upper case: every constant is, so an error code such as 'ByCode' can never collide with it.
        type.addField(FieldSpec.builder(index, "byCode", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("index()")
                .build());
        type.addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "code")
                .addParameter(String.class, "description")
                .addStatement("this.code = code")
                .addStatement("this.description = description")
                .build());
        type.addMethod(MethodSpec.methodBuilder("code")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The code as the server sends it.\n\n@return the code; empty for {@link #UNKNOWN}\n")
                .returns(String.class)
                .addStatement("return code")
                .build());
        type.addMethod(MethodSpec.methodBuilder("description")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The documented meaning, as the spec has it.\n\n@return the meaning; empty where none is published\n")
                .returns(String.class)
                .addStatement("return description")
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromCode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The constant for a code string; never throws.\n\n@param code the code as the server sends it\n"
                        + "@return its constant, or {@link #UNKNOWN} when it is null or not listed\n")
                .addParameter(String.class, "code")
                .returns(name)
                .addStatement("$T known = code == null ? null : byCode.get(code)", name)
                .addStatement("return known == null ? UNKNOWN : known")
                .build());
        type.addMethod(MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(index)
                .addStatement("$T codes = new $T<>()", index, HashMap.class)
                .beginControlFlow("for ($T value : values())", name)
                .beginControlFlow("if (value != UNKNOWN)")
                .addStatement("codes.put(value.code, value)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(codes)", Collections.class)
                .build());
        return SourceFiles.of(name.packageName(), type.build());
    }
}
