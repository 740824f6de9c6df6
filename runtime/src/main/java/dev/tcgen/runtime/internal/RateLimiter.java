package dev.tcgen.runtime.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code permitsPerSecond} calls in any second as the server sees them, across all threads
 * that share this limiter; waiting callers are served in order.
 *
 * <p>A call counts from {@link #acquire()} until one second after its {@link #release()}.
 */
public final class RateLimiter {
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int permitsPerSecond;

    /**
     * When calls of the last second finished ({@code System.nanoTime()}), oldest first; guarded by this.
     */
    private final Deque<Long> finished = new ArrayDeque<>();

    /**
     * Callers not yet allowed to send, in arrival order; guarded by this.
     */
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();

    /**
     * Calls sent and not yet released; guarded by this.
     */
    private int inFlight;

    /**
     * Whether a check is due when the oldest finished call leaves the window; guarded by this.
     */
    private boolean wakeUpScheduled;

    /**
     * A limiter of {@code permitsPerSecond} calls per second.
     *
     * @param permitsPerSecond the rate, positive
     */
    public RateLimiter(int permitsPerSecond) {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be at least 1, not " + permitsPerSecond);
        }
        this.permitsPerSecond = permitsPerSecond;
    }

    /**
     * The rate kept.
     *
     * @return the calls per second
     */
    public int permitsPerSecond() {
        return permitsPerSecond;
    }

    /**
     * Completes when the caller may send; never blocks. Every completed permit must be followed by
     * exactly one {@link #release()} once the call has finished, answered or failed.
     *
     * @return a future that completes when the call may go
     */
    public CompletableFuture<Void> acquire() {
        CompletableFuture<Void> permit = new CompletableFuture<>();
        synchronized (this) {
            waiting.addLast(permit);
        }
        grant();
        return permit;
    }

    /**
     * The call has finished; its permit stays counted for one more second.
     */
    public void release() {
        synchronized (this) {
            inFlight--;
            finished.addLast(System.nanoTime());
        }
        grant();
    }

    /**
     * Lets waiting callers go while permits are free; completes their futures outside the lock.
     */
    private void grant() {
        List<CompletableFuture<Void>> granted = new ArrayList<>();
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
                CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS).execute(this::wakeUp);
            }
        }
        granted.forEach(permit -> permit.complete(null));
    }

    private void wakeUp() {
        synchronized (this) {
            wakeUpScheduled = false;
        }
        grant();
    }

    @Override
    public String toString() {
        return "RateLimiter[" + permitsPerSecond + "/s]";
    }
}
