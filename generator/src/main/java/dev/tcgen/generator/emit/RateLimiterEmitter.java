package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code RateLimiter}: spaces calls evenly so that no one-second window ever holds more than the
 * documented number. A token bucket would allow a burst at the window's edge (up to twice the limit within
 * one second), which a server counting over a sliding second rejects.
 */
final class RateLimiterEmitter {

    private final GeneratedNames names;

    RateLimiterEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.rateLimiter();
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        At most {@code permitsPerSecond} calls in any second, across all threads that share this limiter.

                        <p>Calls are spaced 5% wider than {@code 1 s / permitsPerSecond}: the spare time absorbs the
                        variation between a call leaving the client and reaching the server.
                        """)
                .addField(FieldSpec.builder(double.class, "HEADROOM", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1.05")
                        .build())
                .addField(int.class, "permitsPerSecond", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "intervalNanos", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(long.class, "nextFreeNanos", Modifier.PRIVATE)
                        .addJavadoc("When the next slot begins, on the {@code System.nanoTime()} scale; guarded by this.\n")
                        .build())
                .addField(FieldSpec.builder(boolean.class, "used", Modifier.PRIVATE)
                        .addJavadoc("Whether any slot was handed out yet; nanoTime has no natural zero. Guarded by this.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(int.class, "permitsPerSecond")
                        .beginControlFlow("if (permitsPerSecond < 1)")
                        .addStatement("throw new IllegalArgumentException(\"permitsPerSecond must be at least 1, not \" + permitsPerSecond)")
                        .endControlFlow()
                        .addStatement("this.permitsPerSecond = permitsPerSecond")
                        .addStatement("this.intervalNanos = (long) Math.ceil(1_000_000_000.0 * HEADROOM / permitsPerSecond)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("permitsPerSecond")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return permitsPerSecond")
                        .build())
                .addMethod(MethodSpec.methodBuilder("reserve")
                        .addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED)
                        .addJavadoc("""
                                Takes the next free slot and returns how long the caller must wait before sending, in
                                nanoseconds (0: send now). Never blocks, so asynchronous callers can schedule the wait.
                                """)
                        .returns(long.class)
                        .addCode("""
                                long now = System.nanoTime();
                                long slot = !used || now - nextFreeNanos > 0 ? now : nextFreeNanos;
                                used = true;
                                nextFreeNanos = slot + intervalNanos;
                                return slot - now;
                                """)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return \"RateLimiter[\" + permitsPerSecond + \"/s]\"")
                        .build())
                .build();
        return JavaFile.builder(name.packageName(), type).skipJavaLangImports(true).indent("    ").build();
    }
}
