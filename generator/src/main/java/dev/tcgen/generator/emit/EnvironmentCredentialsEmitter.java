package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Objects;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code EnvironmentCredentialsProvider}, reading the variables the official SDKs read. The
 * environment is a function so that tests (and embedders) can supply their own.
 */
final class EnvironmentCredentialsEmitter {

    private final GeneratedNames names;

    EnvironmentCredentialsEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.environmentCredentials();
        TypeName lookup = ParameterizedTypeName.get(ClassName.get(Function.class), ClassName.get(String.class),
                ClassName.get(String.class));
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(names.credentialsProvider())
                .addJavadoc("Credentials from {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and, for"
                        + " temporary credentials, {@code TENCENTCLOUD_SESSION_TOKEN}; read on every call.\n")
                .addField(constant("SECRET_ID", "TENCENTCLOUD_SECRET_ID"))
                .addField(constant("SECRET_KEY", "TENCENTCLOUD_SECRET_KEY"))
                .addField(constant("SESSION_TOKEN", "TENCENTCLOUD_SESSION_TOKEN"))
                .addField(lookup, "environment", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param environment variable name to value, or null when unset (e.g. {@code System::getenv})\n")
                        .addParameter(lookup, "environment")
                        .addStatement("this.environment = $T.requireNonNull(environment, \"environment\")", Objects.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("credentials")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(names.credentials())
                        .addCode("""
                                String secretId = value(SECRET_ID);
                                String secretKey = value(SECRET_KEY);
                                if (secretId == null || secretKey == null) {
                                    throw new $T("the environment variables " + SECRET_ID + " and " + SECRET_KEY
                                            + " are not both set");
                                }
                                return $T.of(secretId, secretKey, value(SESSION_TOKEN));
                                """, names.credentialsException(), names.credentials())
                        .build())
                .addMethod(MethodSpec.methodBuilder("value")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "variable")
                        .returns(String.class)
                        .addStatement("String value = environment.apply(variable)")
                        .addStatement("return value == null || value.isBlank() ? null : value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return \"EnvironmentCredentialsProvider\"")
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value)
                .build();
    }
}
