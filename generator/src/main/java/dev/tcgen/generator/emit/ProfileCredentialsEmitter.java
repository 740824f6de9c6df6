package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code ProfileCredentialsProvider}: section {@code [default]} of the INI file
 * {@code ~/.tencentcloud/credentials}. The file (or the home directory) is a parameter so tests never touch
 * the real home; it is re-read on every call so that an edited file takes effect.
 */
final class ProfileCredentialsEmitter {

    private final GeneratedNames names;

    ProfileCredentialsEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.profileCredentials();
        ClassName path = ClassName.get(Path.class);
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(names.credentialsProvider())
                .addJavadoc("""
                        Credentials from an INI file: {@code secret_id} and {@code secret_key} in section {@code [default]}.
                        Lines starting with {@code #} or {@code ;} are comments.
                        """)
                .addField(path, "file", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(path, "file")
                        .addStatement("this.file = $T.requireNonNull(file, \"file\")", Objects.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("inHome")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The file {@code .tencentcloud/credentials} under {@code home}.\n")
                        .addParameter(path, "home")
                        .returns(name)
                        .addStatement("return new $T(home.resolve(\".tencentcloud\").resolve(\"credentials\"))", name)
                        .build())
                .addMethod(MethodSpec.methodBuilder("inUserHome")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The file {@code ~/.tencentcloud/credentials} of the user running the JVM.\n")
                        .returns(name)
                        .addStatement("return inHome($T.of(System.getProperty(\"user.home\")))", path)
                        .build())
                .addMethod(MethodSpec.methodBuilder("file")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(path)
                        .addStatement("return file")
                        .build())
                .addMethod(MethodSpec.methodBuilder("credentials")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(names.credentials())
                        .addCode("""
                                if (!$T.isRegularFile(file)) {
                                    throw new $T("no credentials file at " + file);
                                }
                                String section = "";
                                String secretId = null;
                                String secretKey = null;
                                try {
                                    for (String raw : $T.readAllLines(file, $T.UTF_8)) {
                                        String line = raw.strip();
                                        if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                                            continue;
                                        }
                                        if (line.startsWith("[") && line.endsWith("]")) {
                                            section = line.substring(1, line.length() - 1).strip();
                                            continue;
                                        }
                                        int equals = line.indexOf('=');
                                        if (!section.equals("default") || equals < 0) {
                                            continue;
                                        }
                                        String key = line.substring(0, equals).strip();
                                        String value = line.substring(equals + 1).strip();
                                        if (key.equals("secret_id")) {
                                            secretId = value;
                                        } else if (key.equals("secret_key")) {
                                            secretKey = value;
                                        }
                                    }
                                } catch ($T e) {
                                    throw new $T("cannot read the credentials file " + file + ": " + e.getClass().getSimpleName());
                                }
                                if (secretId == null || secretId.isEmpty() || secretKey == null || secretKey.isEmpty()) {
                                    throw new $T("the credentials file " + file + " lacks secret_id or secret_key in [default]");
                                }
                                return $T.of(secretId, secretKey);
                                """, Files.class, names.credentialsException(), Files.class, StandardCharsets.class,
                                IOException.class, names.credentialsException(), names.credentialsException(),
                                names.credentials())
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return \"ProfileCredentialsProvider[\" + file + \"]\"")
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }
}
