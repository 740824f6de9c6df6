package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code CredentialsChain}: asks providers in order and returns the first credentials found. When none
 * has any, the message lists why each failed, which is what a user needs to fix the setup.
 */
final class CredentialsChainEmitter {

    private final GeneratedNames names;

    CredentialsChainEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.credentialsChain();
        TypeName providers = ParameterizedTypeName.get(ClassName.get(List.class), names.credentialsProvider());
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(names.credentialsProvider())
                .addJavadoc("The first credentials that one of several providers, asked in order, has.\n")
                .addField(providers, "providers", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(providers, "providers")
                        .addStatement("this.providers = $T.copyOf(providers)", List.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("credentials")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(names.credentials())
                        .addCode("""
                                $T<String> reasons = new $T<>();
                                for ($T provider : providers) {
                                    try {
                                        return provider.credentials();
                                    } catch ($T e) {
                                        reasons.add(e.getMessage());
                                    }
                                }
                                throw new $T("no credentials found: " + String.join("; ", reasons));
                                """, List.class, ArrayList.class, names.credentialsProvider(),
                                names.credentialsException(), names.credentialsException())
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return \"CredentialsChain\" + providers")
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }
}
