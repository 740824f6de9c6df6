package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the {@code CredentialsProvider} interface. The client asks it once per attempt, so rotating
 * credentials (STS tokens, re-read files) plug in without rebuilding the client.
 */
final class CredentialsProviderEmitter {

    private final GeneratedNames names;

    CredentialsProviderEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.credentialsProvider();
        TypeSpec type = TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("""
                        Supplies the credentials each request is signed with. Called before every attempt, from any
                        thread, so implementations must be thread-safe; they may return different credentials over time.
                        """)
                .addMethod(MethodSpec.methodBuilder("credentials")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addJavadoc("The credentials to sign the next request with; throws {@link $T} when there are none.\n",
                                names.credentialsException())
                        .returns(names.credentials())
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Always {@code credentials}.\n")
                        .addParameter(names.credentials(), "credentials")
                        .returns(name)
                        .addStatement("$T.requireNonNull(credentials, \"credentials\")", Objects.class)
                        .addStatement("return () -> credentials")
                        .build())
                .addMethod(MethodSpec.methodBuilder("environment")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("{@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and optionally"
                                + " {@code TENCENTCLOUD_SESSION_TOKEN}.\n")
                        .returns(name)
                        .addStatement("return new $T(System::getenv)", names.environmentCredentials())
                        .build())
                .addMethod(MethodSpec.methodBuilder("profileFile")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Section {@code [default]} of {@code ~/.tencentcloud/credentials}.\n")
                        .returns(name)
                        .addStatement("return $T.inUserHome()", names.profileCredentials())
                        .build())
                .addMethod(MethodSpec.methodBuilder("defaultChain")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The environment, then the profile file: the first that has credentials wins.\n")
                        .returns(name)
                        .addStatement("return new $T($T.of(environment(), profileFile()))", names.credentialsChain(), List.class)
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }
}
