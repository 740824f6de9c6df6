package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code RateLimiter}. The server counts calls by when they reach it, which the client cannot see;
 * it only knows that a call reached the server after it was sent and before its answer came back. So a call
 * holds its permit from sending until one second after its answer: then no second, as the server counts,
 * can hold more calls than permits, whatever the network delays. Evenly spacing the sends (or a token
 * bucket) fails exactly there: a delayed call lands in the same second as later ones.
 */
final class RateLimiterEmitter {

    private final GeneratedNames names;

    RateLimiterEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.rateLimiter();
        TypeName permit = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), ClassName.get(Void.class));
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        At most {@code permitsPerSecond} calls in any second as the server sees them, across all threads
                        that share this limiter; waiting callers are served in order.

                        <p>A call counts from {@link #acquire()} until one second after its {@link #release()}.
                        """)
                .addField(FieldSpec.builder(long.class, "WINDOW_NANOS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.SECONDS.toNanos(1)", TimeUnit.class)
                        .build())
                .addField(int.class, "permitsPerSecond", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Deque.class), ClassName.get(Long.class)),
                                "finished", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("When calls of the last second finished ({@code System.nanoTime()}), oldest first; guarded by this.\n")
                        .initializer("new $T<>()", ArrayDeque.class)
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Deque.class), permit),
                                "waiting", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Callers not yet allowed to send, in arrival order; guarded by this.\n")
                        .initializer("new $T<>()", ArrayDeque.class)
                        .build())
                .addField(FieldSpec.builder(int.class, "inFlight", Modifier.PRIVATE)
                        .addJavadoc("Calls sent and not yet released; guarded by this.\n")
                        .build())
                .addField(FieldSpec.builder(boolean.class, "wakeUpScheduled", Modifier.PRIVATE)
                        .addJavadoc("Whether a check is due when the oldest finished call leaves the window; guarded by this.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(int.class, "permitsPerSecond")
                        .beginControlFlow("if (permitsPerSecond < 1)")
                        .addStatement("throw new IllegalArgumentException(\"permitsPerSecond must be at least 1, not \" + permitsPerSecond)")
                        .endControlFlow()
                        .addStatement("this.permitsPerSecond = permitsPerSecond")
                        .build())
                .addMethod(MethodSpec.methodBuilder("permitsPerSecond")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return permitsPerSecond")
                        .build())
                .addMethod(MethodSpec.methodBuilder("acquire")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("""
                                Completes when the caller may send; never blocks. Every completed permit must be followed by
                                exactly one {@link #release()} once the call has finished, answered or failed.
                                """)
                        .returns(permit)
                        .addStatement("$T permit = new $T<>()", permit, CompletableFuture.class)
                        .beginControlFlow("synchronized (this)")
                        .addStatement("waiting.addLast(permit)")
                        .endControlFlow()
                        .addStatement("grant()")
                        .addStatement("return permit")
                        .build())
                .addMethod(MethodSpec.methodBuilder("release")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The call has finished; its permit stays counted for one more second.\n")
                        .beginControlFlow("synchronized (this)")
                        .addStatement("inFlight--")
                        .addStatement("finished.addLast(System.nanoTime())")
                        .endControlFlow()
                        .addStatement("grant()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("grant")
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Lets waiting callers go while permits are free; completes their futures outside the lock.\n")
                        .addCode("""
                                $T<$T> granted = new $T<>();
                                synchronized (this) {
                                    long now = System.nanoTime();
                                    while (!finished.isEmpty() && now - finished.peekFirst() >= WINDOW_NANOS) {
                                        finished.removeFirst();
                                    }
                                    while (!waiting.isEmpty() && inFlight + finished.size() < permitsPerSecond) {
                                        inFlight++;
                                        granted.add(waiting.removeFirst());
                                    }
                                    if (!waiting.isEmpty() && !finished.isEmpty() && !wakeUpScheduled) {
                                        wakeUpScheduled = true;
                                        long delay = finished.peekFirst() + WINDOW_NANOS - now;
                                        $T.delayedExecutor(delay, $T.NANOSECONDS).execute(this::wakeUp);
                                    }
                                }
                                granted.forEach(permit -> permit.complete(null));
                                """, List.class, permit, ArrayList.class, CompletableFuture.class, TimeUnit.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("wakeUp")
                        .addModifiers(Modifier.PRIVATE)
                        .beginControlFlow("synchronized (this)")
                        .addStatement("wakeUpScheduled = false")
                        .endControlFlow()
                        .addStatement("grant()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return \"RateLimiter[\" + permitsPerSecond + \"/s]\"")
                        .build())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }
}
