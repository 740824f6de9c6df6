package dev.tcgen.runtime.internal;

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

/**
 * Collects a body of at most {@code limit} bytes. A longer one, by its Content-Length or as it arrives,
 * fails with {@code tooLarge} and the rest is cancelled; one still incomplete at {@code deadline}
 * ({@code System.nanoTime()}) fails with a {@code TimeoutException} and is cancelled too.
 * The response is handed over with the headers (the body comes as this subscriber), so that a
 * synchronous call waits for the bytes on its own thread with a timed wait and needs no timer task.
 * Reactive-streams signals come one at a time; only the subscription is shared with the waiting thread.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody> {
    private final int limit;

    private final long declaredLength;

    private final long deadline;

    private final Supplier<RuntimeException> tooLarge;

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();

    private final List<ByteBuffer> parts = new ArrayList<>();

    private long received;

    /** A failure decided before any byte arrived (an unreadable header); null normally. */
    private final RuntimeException refusal;

    private volatile Flow.Subscription subscription;

    LimitedBody(int limit, long declaredLength, long deadline,
            Supplier<RuntimeException> tooLarge) {
        this.limit = limit;
        this.declaredLength = declaredLength;
        this.deadline = deadline;
        this.tooLarge = tooLarge;
        this.refusal = null;
    }

    private LimitedBody(RuntimeException refusal) {
        this.limit = 0;
        this.declaredLength = -1;
        this.deadline = System.nanoTime();
        this.tooLarge = () -> refusal;
        this.refusal = refusal;
    }

    /** A body that fails with {@code refusal} without reading a byte, its connection cancelled. */
    static LimitedBody refusing(RuntimeException refusal) {
        LimitedBody body = new LimitedBody(refusal);
        body.body.completeExceptionally(refusal);
        return body;
    }

    @Override
    public CompletionStage<LimitedBody> getBody() {
        return CompletableFuture.completedStage(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (refusal != null) {
            subscription.cancel();
            return;
        }
        if (declaredLength > limit) {
            refuse();
            return;
        }
        if (body.isDone()) {
            // abandoned before the subscription came
            subscription.cancel();
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    /**
     * The bytes, waited for on this thread until the deadline; a body given up on is cancelled.
     */
    byte[] await() throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return body.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            abandon(e);
            throw e;
        }
    }

    /**
     * The bytes, without blocking: fails with a {@code TimeoutException} at the deadline and cancels the body.
     */
    CompletableFuture<byte[]> within() {
        return body.orTimeout(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).whenComplete((bytes, failure) -> {
            if (failure instanceof TimeoutException) {
                abandon(failure);
            }
        });
    }

    /**
     * Gives up on the body from a waiting thread. Whichever of this and {@code onSubscribe} runs second
     * sees the other's write (the future's state and the subscription are volatile), so the subscription is
     * always cancelled.
     */
    private void abandon(Throwable reason) {
        body.completeExceptionally(reason);
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
            parts.add(item);
        }
        if (received > limit) {
            refuse();
        }
    }

    @Override
    public void onError(Throwable failure) {
        parts.clear();
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        if (body.isDone()) {
            return;
        }
        byte[] bytes = new byte[(int) received];
        int at = 0;
        for (ByteBuffer part : parts) {
            int length = part.remaining();
            part.get(bytes, at, length);
            at += length;
        }
        parts.clear();
        body.complete(bytes);
    }

    private void refuse() {
        parts.clear();
        subscription.cancel();
        body.completeExceptionally(tooLarge.get());
    }
}
