package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits how the {@code Invoker} reads a response body: into memory, but never more than the configured
 * {@code maxResponseBytes}. A body declared or found to be longer fails the call with {@code RESPONSE_TOO_LARGE}
 * and the rest is not read (cancelling the body closes the connection), so a broken or hostile server cannot
 * exhaust the heap.
 */
final class InvokerBodyEmitter {

    private static final TypeName BYTES = TypeName.get(byte[].class);
    private static final TypeName BUFFERS = ParameterizedTypeName.get(List.class, ByteBuffer.class);
    private static final TypeName FAILURE = ParameterizedTypeName.get(Supplier.class, RuntimeException.class);

    private final GeneratedNames names;
    private final ClassName limitedBody;

    InvokerBodyEmitter(GeneratedNames names) {
        this.names = names;
        this.limitedBody = names.invoker().nestedClass("LimitedBody");
    }

    /** The public default limit. */
    FieldSpec defaultLimit() {
        return FieldSpec.builder(int.class, "DEFAULT_MAX_RESPONSE_BYTES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The longest response body read unless configured otherwise: 10 MiB.\n")
                .initializer("10 * 1024 * 1024")
                .build();
    }

    /** {@code limitedBody(action)}: the body handler of one attempt. */
    MethodSpec handler() {
        return MethodSpec.methodBuilder("limitedBody")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        The body of one attempt's response, up to {@code maxResponseBytes}, by the end of the read timeout
                        counted from now. The request's own timeout ends only the wait for the headers; the body's deadline
                        is kept by whoever waits for it ({@link LimitedBody#await}, {@link LimitedBody#within}).
                        """)
                .addParameter(String.class, "action")
                .returns(ParameterizedTypeName.get(ClassName.get(HttpResponse.BodyHandler.class), limitedBody))
                .addStatement("int limit = settings.maxResponseBytes()")
                .addStatement("long deadline = System.nanoTime() + settings.readTimeout().toNanos()")
                .addCode("""
                        return info -> new $T(limit, info.headers().firstValueAsLong("Content-Length").orElse(-1), deadline,
                                () -> transport($T.RESPONSE_TOO_LARGE, action, info.statusCode(), "the response body is longer than "
                                        + limit + " bytes, the limit set with maxResponseBytes on the client builder", null));
                        """, limitedBody, names.transportException().nestedClass("Kind"))
                .build();
    }

    /** The nested subscriber that collects at most {@code limit} bytes. */
    TypeSpec subscriber() {
        return TypeSpec.classBuilder(limitedBody)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(HttpResponse.BodySubscriber.class), limitedBody))
                .addJavadoc("""
                        Collects a body of at most {@code limit} bytes. A longer one, by its Content-Length or as it arrives,
                        fails with {@code tooLarge} and the rest is cancelled; one still incomplete at {@code deadline}
                        ({@code System.nanoTime()}) fails with a {@code TimeoutException} and is cancelled too.
                        The response is handed over with the headers (the body comes as this subscriber), so that a
                        synchronous call waits for the bytes on its own thread with a timed wait and needs no timer task.
                        Reactive-streams signals come one at a time; only the subscription is shared with the waiting thread.
                        """)
                .addField(int.class, "limit", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "declaredLength", Modifier.PRIVATE, Modifier.FINAL)
                .addField(long.class, "deadline", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FAILURE, "tooLarge", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(CompletableFuture.class, byte[].class), "body",
                                Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", CompletableFuture.class)
                        .build())
                .addField(FieldSpec.builder(BUFFERS, "parts", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ArrayList.class)
                        .build())
                .addField(long.class, "received", Modifier.PRIVATE)
                .addField(Flow.Subscription.class, "subscription", Modifier.PRIVATE, Modifier.VOLATILE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(int.class, "limit")
                        .addParameter(long.class, "declaredLength")
                        .addParameter(long.class, "deadline")
                        .addParameter(FAILURE, "tooLarge")
                        .addStatement("this.limit = limit")
                        .addStatement("this.declaredLength = declaredLength")
                        .addStatement("this.deadline = deadline")
                        .addStatement("this.tooLarge = tooLarge")
                        .build())
                .addMethod(override("getBody")
                        .returns(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), limitedBody))
                        .addStatement("return $T.completedStage(this)", CompletableFuture.class)
                        .build())
                .addMethod(override("onSubscribe")
                        .addParameter(Flow.Subscription.class, "subscription")
                        .addStatement("this.subscription = subscription")
                        .beginControlFlow("if (declaredLength > limit)")
                        .addStatement("refuse()")
                        .addStatement("return")
                        .endControlFlow()
                        .beginControlFlow("if (body.isDone())")
                        .addComment("abandoned before the subscription came")
                        .addStatement("subscription.cancel()")
                        .addStatement("return")
                        .endControlFlow()
                        .addStatement("subscription.request(Long.MAX_VALUE)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("await")
                        .addJavadoc("The bytes, waited for on this thread until the deadline; a body given up on is cancelled.\n")
                        .returns(BYTES)
                        .addException(InterruptedException.class)
                        .addException(ExecutionException.class)
                        .addException(TimeoutException.class)
                        .addCode("""
                                try {
                                    return body.get(Math.max(0, deadline - System.nanoTime()), $T.NANOSECONDS);
                                } catch ($T | InterruptedException e) {
                                    abandon(e);
                                    throw e;
                                }
                                """, TimeUnit.class, TimeoutException.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("within")
                        .addJavadoc("The bytes, without blocking: fails with a {@code TimeoutException} at the deadline and cancels the body.\n")
                        .returns(ParameterizedTypeName.get(CompletableFuture.class, byte[].class))
                        .addCode("""
                                return body.orTimeout(Math.max(0, deadline - System.nanoTime()), $T.NANOSECONDS).whenComplete((bytes, failure) -> {
                                    if (failure instanceof $T) {
                                        abandon(failure);
                                    }
                                });
                                """, TimeUnit.class, TimeoutException.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("abandon")
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("""
                                Gives up on the body from a waiting thread. Whichever of this and {@code onSubscribe} runs second
                                sees the other's write (the future's state and the subscription are volatile), so the subscription is
                                always cancelled.
                                """)
                        .addParameter(Throwable.class, "reason")
                        .addStatement("body.completeExceptionally(reason)")
                        .addStatement("$T current = subscription", Flow.Subscription.class)
                        .beginControlFlow("if (current != null)")
                        .addStatement("current.cancel()")
                        .endControlFlow()
                        .build())
                .addMethod(override("onNext")
                        .addParameter(BUFFERS, "items")
                        .addCode("""
                                if (body.isDone()) {
                                    return;
                                }
                                for ($T item : items) {
                                    received += item.remaining();
                                    parts.add(item);
                                }
                                if (received > limit) {
                                    refuse();
                                }
                                """, ByteBuffer.class)
                        .build())
                .addMethod(override("onError")
                        .addParameter(Throwable.class, "failure")
                        .addStatement("parts.clear()")
                        .addStatement("body.completeExceptionally(failure)")
                        .build())
                .addMethod(override("onComplete")
                        .addCode("""
                                if (body.isDone()) {
                                    return;
                                }
                                byte[] bytes = new byte[(int) received];
                                int at = 0;
                                for ($T part : parts) {
                                    int length = part.remaining();
                                    part.get(bytes, at, length);
                                    at += length;
                                }
                                parts.clear();
                                body.complete(bytes);
                                """, ByteBuffer.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("refuse")
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("parts.clear()")
                        .addStatement("subscription.cancel()")
                        .addStatement("body.completeExceptionally(tooLarge.get())")
                        .build())
                .build();
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
