package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.lang.model.element.Modifier;

/**
 * Emits the two ways the {@code Invoker} runs the attempts of a call: blocking on the caller's thread
 * ({@code HttpClient.send}, for {@code call}) and as a chain of futures ({@code HttpClient.sendAsync}, for
 * {@code callAsync}). Both take the signed request, the reading of the response and the decision what follows a
 * failure from the same methods; only waiting differs (the blocking path may block, the async one never does).
 */
final class InvokerAttemptsEmitter {

    private static final TypeVariableName T = TypeVariableName.get("T");

    private final GeneratedNames names;
    private final ClassName retry;
    private final Map<String, Object> args = new HashMap<>();

    InvokerAttemptsEmitter(GeneratedNames names) {
        this.names = names;
        this.retry = names.invoker().nestedClass("Retry");
        args.put("future", CompletableFuture.class);
        args.put("timeUnit", TimeUnit.class);
        args.put("transport", names.transportException());
        args.put("kind", names.transportException().nestedClass("Kind"));
        args.put("limiter", names.rateLimiter());
        args.put("request", HttpRequest.class);
        args.put("response", HttpResponse.class);
        args.put("duration", Duration.class);
        args.put("retry", retry);
        args.put("api", names.apiException());
    }

    List<MethodSpec> methods(TypeName callOfT, TypeName futureOfT) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(generic("send", callOfT)
                .addJavadoc("""
                        Runs the attempts of {@code call} on the caller's thread until one succeeds or the retry policy
                        gives up, sleeping between them. Sending on this thread avoids the hand-offs between threads that
                        {@code sendAsync} costs.
                        """)
                .returns(T)
                .addCode(code("""
                        int attempt = 1;
                        boolean clockCorrected = false;
                        while (true) {
                            long offsetSent = clockOffsetSeconds.get();
                            RuntimeException error;
                            try {
                                return exchange(call);
                            } catch (RuntimeException e) {
                                error = e;
                            }
                            $retry:T next = nextAttempt(call.action(), error, attempt, clockCorrected, offsetSent);
                            if (next == null) {
                                throw error;
                            }
                            if (next.backoffNanos() > 0) {
                                try {
                                    $timeUnit:T.NANOSECONDS.sleep(next.backoffNanos());
                                } catch (InterruptedException e) {
                                    throw interrupted(call.action(), e);
                                }
                            }
                            attempt = next.attempt();
                            clockCorrected = next.clockCorrected();
                        }
                        """))
                .build());
        methods.add(generic("exchange", callOfT)
                .addJavadoc("One attempt on the caller's thread, holding a permit of the action's rate limiter while it runs.\n")
                .returns(T)
                .addCode(code("""
                        $limiter:T limiter = limiters.get(call.action());
                        if (limiter != null) {
                            awaitPermit(call.action(), limiter);
                        }
                        try {
                            $request:T request = signedRequest(call);
                            $response:T<$limitedBody:T> response;
                            byte[] body;
                            try {
                                response = http.send(request, limitedBody(call.action()));
                                body = response.body().await();
                            } catch (InterruptedException e) {
                                throw interrupted(call.action(), e);
                            } catch ($executionException:T e) {
                                throw transportFailure(call.action(), e.getCause());
                            } catch ($ioException:T | $timeoutException:T e) {
                                throw transportFailure(call.action(), e);
                            }
                            return read(call, response, body);
                        } finally {
                            if (limiter != null) {
                                limiter.release();
                            }
                        }
                        """, "ioException", IOException.class, "executionException", ExecutionException.class,
                                "timeoutException", TimeoutException.class, "limitedBody", names.invoker().nestedClass("LimitedBody")))
                .build());
        methods.add(MethodSpec.methodBuilder("awaitPermit")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Blocks until {@code limiter} lets this call go; a permit granted after an interrupt is given back.\n")
                .addParameter(String.class, "action")
                .addParameter(names.rateLimiter(), "limiter")
                .addCode(code("""
                        $future:T<Void> permit = limiter.acquire();
                        try {
                            permit.get();
                        } catch (InterruptedException e) {
                            permit.thenRun(limiter::release);
                            throw interrupted(action, e);
                        } catch ($execution:T e) {
                            throw unchecked(e.getCause());
                        }
                        """, "execution", ExecutionException.class))
                .build());
        methods.add(generic("attempt", callOfT)
                .addJavadoc("Attempt number {@code attempt} (1-based) of {@code call} and those that follow it, without blocking.\n")
                .addParameter(int.class, "attempt")
                .addParameter(boolean.class, "clockCorrected")
                .returns(futureOfT)
                .addCode(code("""
                        long offsetSent = clockOffsetSeconds.get();
                        $limiter:T limiter = limiters.get(call.action());
                        $future:T<T> sent = limiter == null ? exchangeAsync(call)
                                : limiter.acquire().thenCompose(ignored -> exchangeAsync(call)).whenComplete((value, failure) -> limiter.release());
                        return sent.exceptionallyCompose(failure -> {
                            RuntimeException error = unchecked(failure);
                            $retry:T next = nextAttempt(call.action(), error, attempt, clockCorrected, offsetSent);
                            if (next == null) {
                                return $future:T.failedFuture(error);
                            }
                            if (next.backoffNanos() <= 0) {
                                return attempt(call, next.attempt(), next.clockCorrected());
                            }
                            return $future:T.runAsync(() -> { }, $future:T.delayedExecutor(next.backoffNanos(), $timeUnit:T.NANOSECONDS))
                                    .thenCompose(ignored -> attempt(call, next.attempt(), next.clockCorrected()));
                        });
                        """))
                .build());
        methods.add(generic("exchangeAsync", callOfT)
                .addJavadoc("One attempt, without blocking.\n")
                .returns(futureOfT)
                .addCode(code("""
                        $request:T request;
                        try {
                            request = signedRequest(call);
                        } catch (RuntimeException e) {
                            return $future:T.failedFuture(e);
                        }
                        return http.sendAsync(request, limitedBody(call.action()))
                                .exceptionally(failure -> {
                                    throw transportFailure(call.action(), failure);
                                })
                                .thenCompose(response -> response.body().within()
                                        .exceptionally(failure -> {
                                            throw transportFailure(call.action(), failure);
                                        })
                                        .thenApply(body -> read(call, response, body)));
                        """))
                .build());
        methods.add(nextAttempt());
        methods.add(MethodSpec.methodBuilder("interrupted")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("The failure of a call whose thread was interrupted; the interrupt stays set for the caller to see.\n")
                .addParameter(String.class, "action")
                .addParameter(InterruptedException.class, "interrupt")
                .returns(names.transportException())
                .addStatement("Thread.currentThread().interrupt()")
                .addStatement(code("return transport($kind:T.INTERRUPTED, action, -1, \"interrupted while waiting for the response\", interrupt)"))
                .build());
        return methods;
    }

    /** The record {@code nextAttempt} answers with. */
    TypeSpec retryRecord() {
        return TypeSpec.recordBuilder(retry)
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("The attempt to run next, whether its clock is corrected, and how long to wait before it.\n")
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addParameter(int.class, "attempt")
                        .addParameter(boolean.class, "clockCorrected")
                        .addParameter(long.class, "backoffNanos")
                        .build())
                .build();
    }

    private MethodSpec nextAttempt() {
        return MethodSpec.methodBuilder("nextAttempt")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("""
                        What follows attempt {@code attempt} failing with {@code error}; null to give up. An attempt refused as
                        expired because our clock is off is tried once more at once, with the corrected clock, without
                        counting as an attempt: no retry policy can cure it, the correction does.
                        """)
                .addParameter(String.class, "action")
                .addParameter(RuntimeException.class, "error")
                .addParameter(int.class, "attempt")
                .addParameter(boolean.class, "clockCorrected")
                .addParameter(long.class, "offsetSent")
                .returns(retry)
                .addCode(code("""
                        if (!clockCorrected && error instanceof $api:T api && SIGNATURE_EXPIRE.equals(api.code())
                                && clockOffsetSeconds.get() != offsetSent) {
                            LOG.log(System.Logger.Level.DEBUG, () -> action + ": the server's clock is "
                                    + clockOffsetSeconds.get() + " s from ours; signing again with its time");
                            return new $retry:T(attempt, true, 0);
                        }
                        if (!settings.retryPolicy().shouldRetry(error, attempt)) {
                            return null;
                        }
                        $duration:T backoff = settings.retryPolicy().backoff(attempt);
                        LOG.log(System.Logger.Level.DEBUG, () -> action + " attempt " + attempt + " failed ("
                                + error + "); retrying in " + backoff.toMillis() + " ms");
                        return new $retry:T(attempt + 1, clockCorrected, Math.max(1, backoff.toNanos()));
                        """))
                .build();
    }

    private static MethodSpec.Builder generic(String name, TypeName callOfT) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(T)
                .addParameter(callOfT, "call");
    }

    private CodeBlock code(String template, Object... extra) {
        Map<String, Object> all = new HashMap<>(args);
        for (int i = 0; i < extra.length; i += 2) {
            all.put((String) extra[i], extra[i + 1]);
        }
        return CodeBlock.builder().addNamed(template, all).build();
    }
}
