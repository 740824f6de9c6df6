package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Credentials}: a secret id, a secret key and, for temporary credentials, a session token. Its
 * {@code toString()} shows the id only, because credentials end up in debuggers, logs and exception chains.
 */
final class CredentialsEmitter {

    JavaFile emit(ClassName name) {
        ClassName optionalString = ClassName.get(Optional.class);
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Tencent Cloud API credentials; immutable and thread-safe.

                        <p>{@link #toString()} never shows the secret key or the token.
                        """)
                .addField(String.class, "secretId", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "secretKey", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "token", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "secretId")
                        .addParameter(String.class, "secretKey")
                        .addParameter(String.class, "token")
                        .addStatement("this.secretId = secretId")
                        .addStatement("this.secretKey = secretKey")
                        .addStatement("this.token = token")
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Permanent credentials; throws {@link IllegalArgumentException} when either is null or blank.\n")
                        .addParameter(String.class, "secretId")
                        .addParameter(String.class, "secretKey")
                        .returns(name)
                        .addStatement("return of(secretId, secretKey, null)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                Temporary (STS) credentials when {@code token} is neither null nor blank, permanent ones otherwise.
                                Throws {@link IllegalArgumentException} when the id or the key is null or blank.
                                """)
                        .addParameter(String.class, "secretId")
                        .addParameter(String.class, "secretKey")
                        .addParameter(String.class, "token")
                        .returns(name)
                        .addCode("""
                                return new $T(required(secretId, "secretId"), required(secretKey, "secretKey"),
                                        token == null || token.isBlank() ? null : token.strip());
                                """, name)
                        .build())
                .addMethod(MethodSpec.methodBuilder("secretId")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return secretId")
                        .build())
                .addMethod(MethodSpec.methodBuilder("secretKey")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The secret key; keep it out of logs and messages.\n")
                        .returns(String.class)
                        .addStatement("return secretKey")
                        .build())
                .addMethod(MethodSpec.methodBuilder("token")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The session token of temporary credentials, sent as {@code X-TC-Token}.\n")
                        .returns(ParameterizedTypeName.get(optionalString, ClassName.get(String.class)))
                        .addStatement("return $T.ofNullable(token)", Optional.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return \"Credentials[secretId=\" + secretId + \", secretKey=<hidden>\""
                                + " + (token == null ? \"\" : \", token=<hidden>\") + \"]\"")
                        .build())
                .addMethod(MethodSpec.methodBuilder("required")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "value")
                        .addParameter(String.class, "what")
                        .returns(String.class)
                        .addCode("""
                                if (value == null || value.isBlank()) {
                                    throw new IllegalArgumentException(what + " must not be null or blank");
                                }
                                return value.strip();
                                """)
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }
}
