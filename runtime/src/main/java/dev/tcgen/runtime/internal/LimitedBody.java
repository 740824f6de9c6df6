package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.TencentCloudTransportException.Kind;
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

/**
 * Collects a body of at most {@code limit} bytes. A longer one, by its Content-Length or as it arrives,
 * fails with {@link Kind#RESPONSE_TOO_LARGE} and the rest is cancelled; one still incomplete at {@code deadline}
 * ({@code System.nanoTime()}) fails with a {@code TimeoutException} and is cancelled too.
 * The response is handed over with the headers (the body comes as this subscriber), so that a
 * synchronous call waits for the bytes on its own thread with a timed wait and needs no timer task.
 * It is its own body handler, so that an attempt makes one object for its body rather than a handler, a
 * subscriber and the lambdas between them. Reactive-streams signals come one at a time; only the subscription
 * is shared with the waiting thread.
 */
final class LimitedBody implements HttpResponse.BodyHandler<LimitedBody>, HttpResponse.BodySubscriber<LimitedBody> {
    private final int limit;

    private final long deadline;

    private final TransportExceptions failures;

    private final String action;

    /** The response's status and Content-Length (-1 without one), once {@link #apply} has seen its headers. */
    private int status = -1;

    private long declaredLength = -1;

    private boolean applied;

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();

    private final List<ByteBuffer> parts = new ArrayList<>();

    private long received;

    /** A failure decided before any byte arrived (an unreadable header); null normally. */
    private final RuntimeException refusal;

    private volatile Flow.Subscription subscription;

    /**
     * The body of one attempt of {@code action}: at most {@code limit} bytes (the client's maxResponseBytes), by
     * {@code deadline}; {@code failures} makes the exception of a body that is too long.
     */
    LimitedBody(int limit, long deadline, TransportExceptions failures, String action) {
        this.limit = limit;
        this.deadline = deadline;
        this.failures = failures;
        this.action = action;
        this.refusal = null;
    }

    private LimitedBody(RuntimeException refusal) {
        this.limit = 0;
        this.deadline = System.nanoTime();
        this.failures = null;
        this.action = null;
        this.refusal = refusal;
    }

    /** A body that fails with {@code refusal} without reading a byte, its connection cancelled. */
    static LimitedBody refusing(RuntimeException refusal) {
        LimitedBody body = new LimitedBody(refusal);
        body.body.completeExceptionally(refusal);
        return body;
    }

    /**
     * This body, for the response whose headers are {@code info}; refused before a byte is read when its
     * Content-Length is not a length the JDK can read. A client that hands over a second response (one built
     * by the caller may follow redirects) gets a fresh body for it.
     */
    @Override
    public HttpResponse.BodySubscriber<LimitedBody> apply(HttpResponse.ResponseInfo info) {
        if (applied) {
            return new LimitedBody(limit, deadline, failures, action).apply(info);
        }
        applied = true;
        status = info.statusCode();
        // The header map rather than firstValue, which streams the values on every call.
        List<String> declared = info.headers().map().get("Content-Length");
        if (declared != null && !declared.isEmpty()) {
            declaredLength = contentLength(declared.get(0));
            if (declaredLength == UNREADABLE_LENGTH) {
                return refusing(failures.of(Kind.MALFORMED_RESPONSE, action, status, "the answer's Content-Length header is not a length (\""
                        + ServerText.printable(declared.get(0), 100) + "\")", null));
            }
        }
        return this;
    }

    private static final long UNREADABLE_LENGTH = -2;

    /** A Content-Length as the JDK will read it; {@link #UNREADABLE_LENGTH} for one it cannot (the JDK would throw). */
    private static long contentLength(String value) {
        try {
            long length = Long.parseLong(value);
            return length < 0 ? UNREADABLE_LENGTH : length;
        } catch (NumberFormatException e) {
            return UNREADABLE_LENGTH;
        }
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
        body.completeExceptionally(refusal != null ? refusal : failures.of(Kind.RESPONSE_TOO_LARGE, action, status,
                "the response body is longer than " + limit + " bytes, the limit set with maxResponseBytes on the client builder", null));
    }
}
