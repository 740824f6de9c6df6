package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code RetryPolicy}: which failures are worth another attempt (throttling, 5xx, connection failures,
 * timeouts; never other API errors, which would only fail again) and how long to wait (exponential backoff
 * with jitter, so that many throttled clients do not retry in lockstep).
 */
final class RetryPolicyEmitter {

    private final GeneratedNames names;

    RetryPolicyEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.retryPolicy();
        ClassName builder = name.nestedClass("Builder");
        ClassName kind = names.transportException().nestedClass("Kind");
        ClassName duration = ClassName.get(Duration.class);
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        When and how a failed call is tried again; immutable.

                        <p>Retried: {@code RequestLimitExceeded} and its sub-codes, HTTP 429 and 5xx, connection failures
                        and timeouts. Every other failure is final. Attempt {@code n} waits a random time between half and all
                        of {@code min(maxBackoff, initialBackoff * 2^(n-1))}. Each attempt is signed anew.
                        """)
                .addField(int.class, "maxAttempts", Modifier.PRIVATE, Modifier.FINAL)
                .addField(duration, "initialBackoff", Modifier.PRIVATE, Modifier.FINAL)
                .addField(duration, "maxBackoff", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(builder, "builder")
                        .addStatement("this.maxAttempts = builder.maxAttempts")
                        .addStatement("this.initialBackoff = builder.initialBackoff")
                        .addStatement("this.maxBackoff = builder.maxBackoff")
                        .build())
                .addMethod(MethodSpec.methodBuilder("defaults")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Up to 3 attempts, backoff from 100 ms up to 2 s.\n")
                        .returns(name)
                        .addStatement("return builder().build()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("none")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("One attempt: every failure is final.\n")
                        .returns(name)
                        .addStatement("return builder().maxAttempts(1).build()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("maxAttempts")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Attempts in all, the first included.\n")
                        .returns(int.class)
                        .addStatement("return maxAttempts")
                        .build())
                .addMethod(MethodSpec.methodBuilder("isRetryable")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Whether {@code failure} is of a kind that another attempt may cure.\n")
                        .addParameter(Throwable.class, "failure")
                        .returns(boolean.class)
                        .addCode("""
                                if (failure instanceof $T api) {
                                    String code = api.code();
                                    return code != null && (code.equals("RequestLimitExceeded") || code.startsWith("RequestLimitExceeded."));
                                }
                                if (failure instanceof $T transport) {
                                    return switch (transport.kind()) {
                                        case TIMEOUT, CONNECTION -> true;
                                        case HTTP_STATUS -> transport.statusCode().orElse(0) >= 500 || transport.statusCode().orElse(0) == 429;
                                        default -> false;
                                    };
                                }
                                return false;
                                """, names.apiException(), names.transportException())
                        .build())
                .addMethod(MethodSpec.methodBuilder("shouldRetry")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Whether to try again after attempt number {@code attempt} (1-based) failed with {@code failure}.\n")
                        .addParameter(Throwable.class, "failure")
                        .addParameter(int.class, "attempt")
                        .returns(boolean.class)
                        .addStatement("return attempt < maxAttempts && isRetryable(failure)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("backoff")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("How long to wait after attempt number {@code attempt} (1-based) failed; random, bounded by maxBackoff.\n")
                        .addParameter(int.class, "attempt")
                        .returns(duration)
                        .addCode("""
                                long ceiling = maxBackoff.toNanos();
                                long base = initialBackoff.toNanos();
                                for (int i = 1; i < attempt && base < ceiling; i++) {
                                    base = base > ceiling / 2 ? ceiling : base * 2;
                                }
                                base = Math.min(base, ceiling);
                                long half = base / 2;
                                return $T.ofNanos(half + $T.current().nextLong(base - half + 1));
                                """, duration, ThreadLocalRandom.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return \"RetryPolicy[maxAttempts=\" + maxAttempts + \", initialBackoff=\" + initialBackoff"
                                + " + \", maxBackoff=\" + maxBackoff + \"]\"")
                        .build())
                .addType(builderType(name, builder, duration))
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private static TypeSpec builderType(ClassName name, ClassName builder, ClassName duration) {
        return TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; starts from the defaults.\n", name)
                .addField(FieldSpec.builder(int.class, "maxAttempts", Modifier.PRIVATE).initializer("3").build())
                .addField(FieldSpec.builder(duration, "initialBackoff", Modifier.PRIVATE)
                        .initializer("$T.ofMillis(100)", duration).build())
                .addField(FieldSpec.builder(duration, "maxBackoff", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(2)", duration).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("maxAttempts")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Attempts in all, at least 1 (1 turns retrying off).\n")
                        .addParameter(int.class, "maxAttempts")
                        .returns(builder)
                        .beginControlFlow("if (maxAttempts < 1)")
                        .addStatement("throw new IllegalArgumentException(\"maxAttempts must be at least 1, not \" + maxAttempts)")
                        .endControlFlow()
                        .addStatement("this.maxAttempts = maxAttempts")
                        .addStatement("return this")
                        .build())
                .addMethod(durationSetter(builder, duration, "initialBackoff", "The wait after the first failure, before jitter.\n"))
                .addMethod(durationSetter(builder, duration, "maxBackoff", "The longest wait between attempts.\n"))
                .addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(name)
                        .beginControlFlow("if (maxBackoff.compareTo(initialBackoff) < 0)")
                        .addStatement("throw new IllegalArgumentException(\"maxBackoff \" + maxBackoff"
                                + " + \" is shorter than initialBackoff \" + initialBackoff)")
                        .endControlFlow()
                        .addStatement("return new $T(this)", name)
                        .build())
                .build();
    }

    private static MethodSpec durationSetter(ClassName builder, ClassName duration, String field, String doc) {
        return MethodSpec.methodBuilder(field)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(doc)
                .addParameter(duration, field)
                .returns(builder)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, field, field)
                .beginControlFlow("if ($N.isNegative())", field)
                .addStatement("throw new IllegalArgumentException($S + $N)", field + " must not be negative: ", field)
                .endControlFlow()
                .addStatement("this.$1N = $1N", field)
                .addStatement("return this")
                .build();
    }
}
