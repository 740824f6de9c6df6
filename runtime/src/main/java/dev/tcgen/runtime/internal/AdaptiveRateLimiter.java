package dev.tcgen.runtime.internal;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client-side rate of one action that has no documented limit, adapted to the server's throttling as AWS SDK
 * v2's adaptive retry mode does. It starts unlimited. A {@code RequestLimitExceeded} answer turns on a token bucket
 * whose rate is 70 % of the lowest of: the rate measured just before, the bucket's rate, and the rate the server has
 * been letting through; it holds a quarter second of calls and starts with one token. Every other answer raises the
 * rate again along a cubic curve (CUBIC congestion control) that regains the rate of the last throttle after
 * {@code cbrt(rate * 0.3 / 0.4)} seconds and then grows past it, never above twice the measured sending rate.
 * Thread-safe; while unlimited, an attempt costs a volatile read, two atomic increments and a clock read, no lock.
 */
final class AdaptiveRateLimiter {
    private static final double MIN_FILL_RATE = 0.5;
    private static final double MIN_CAPACITY = 1;
    /**
     * The bucket holds a quarter second of calls (AWS: a whole second). Tencent counts calls per second: a full
     * second's burst on top of the rate would double what one second sees.
     */
    private static final double BURST_SECONDS = 0.25;
    private static final double SMOOTH = 0.8;
    private static final double BETA = 0.7;
    private static final double SCALE = 0.4;
    private static final long BUCKET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final double NANOS_PER_SECOND = 1e9;
    private static final long SAME_EXCESS_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Set after the first throttle; from then on sending takes tokens. */
    private volatile boolean enabled;

    /** The half-second bucket (in {@code System.nanoTime()} / 500 ms) of {@link #sent}. */
    private volatile long bucket;

    /** Attempts sent in the current bucket. */
    private final AtomicInteger sent = new AtomicInteger();

    /** Answers other than throttles in the current bucket: what the server lets through. */
    private final AtomicInteger admitted = new AtomicInteger();

    // Guarded by this.
    private double measuredRate;
    private double admittedRate;
    private double fillRate;
    private double capacity;
    private double tokens;
    private long lastRefill;
    private double lastMaxRate;
    private long lastThrottle;
    private double timeWindow;

    AdaptiveRateLimiter() {
        this.bucket = System.nanoTime() / BUCKET_NANOS;
    }

    /**
     * Takes a token for one attempt: how many nanoseconds the caller must wait before sending (0 to go now), or -1
     * when that would be longer than {@code maxWaitNanos}, in which case nothing is taken.
     */
    long reserve(long maxWaitNanos) {
        if (!enabled) {
            countSent();
            return 0;
        }
        long wait = 0;
        synchronized (this) {
            long now = System.nanoTime();
            refill(now);
            if (tokens < 1) {
                wait = (long) Math.ceil((1 - tokens) / fillRate * NANOS_PER_SECOND);
                if (wait > maxWaitNanos) {
                    return -1;
                }
            }
            tokens -= 1;
        }
        countSent();
        return wait;
    }

    /**
     * After an answer to an attempt sent at {@code sentAt} ({@code System.nanoTime()}): lowers the rate when it was a
     * throttle, else raises it once limiting is on. A throttle within a second of the last lowering, or of an attempt
     * sent before it, is the same excess seen again (Tencent counts calls per second; TCP likewise counts one loss
     * per window), so it does not lower the rate once more: else the answers to a burst already in flight, and the
     * second the server then refuses everything, would drive the rate to its floor.
     */
    void answered(boolean throttled, long sentAt) {
        if (!throttled) {
            admitted.incrementAndGet();
            if (!enabled) {
                return;
            }
        }
        synchronized (this) {
            long now = System.nanoTime();
            rollBucket(now);
            if (throttled && enabled && (sentAt - lastThrottle < 0 || now - lastThrottle < SAME_EXCESS_NANOS)) {
                return;
            }
            double calculated;
            boolean enabling = throttled && !enabled;
            if (throttled) {
                double sending = sendingRate();
                double rateToUse = enabled ? Math.min(sending, fillRate) : sending;
                double allowed = Math.max(admittedRate, admitted.get() / (BUCKET_NANOS / NANOS_PER_SECOND));
                if (allowed > 0) {
                    // What the server has been letting through is the best guess of its limit.
                    rateToUse = Math.min(rateToUse, allowed);
                }
                lastMaxRate = rateToUse;
                timeWindow = Math.cbrt(lastMaxRate * (1 - BETA) / SCALE);
                lastThrottle = now;
                calculated = rateToUse * BETA;
                enabled = true;
            } else {
                double t = (now - lastThrottle) / NANOS_PER_SECOND - timeWindow;
                calculated = SCALE * t * t * t + lastMaxRate;
            }
            double rate = Math.min(calculated, 2 * sendingRate());
            refill(now);
            fillRate = Math.max(rate, MIN_FILL_RATE);
            capacity = Math.max(rate * BURST_SECONDS, MIN_CAPACITY);
            // The bucket starts with one token: the retry right after the first throttle need not wait for the rate.
            tokens = enabling ? 1 : Math.min(tokens, capacity);
        }
    }

    /** The current limit in attempts per second; {@link Double#POSITIVE_INFINITY} while unlimited. */
    synchronized double rate() {
        return enabled ? fillRate : Double.POSITIVE_INFINITY;
    }

    /**
     * The smoothed sending rate, or the rate of the current half second if higher: before the first half second
     * has ended the smoothed rate is still 0, which would throttle a client that just started to the minimum.
     */
    private double sendingRate() {
        return Math.max(measuredRate, sent.get() / (BUCKET_NANOS / NANOS_PER_SECOND));
    }

    private void countSent() {
        sent.incrementAndGet();
        if (System.nanoTime() / BUCKET_NANOS != bucket) {
            synchronized (this) {
                rollBucket(System.nanoTime());
            }
        }
    }

    /** Folds the attempts of the bucket that ended into the smoothed sending rate; guarded by this. */
    private void rollBucket(long now) {
        long current = now / BUCKET_NANOS;
        long previous = bucket;
        if (current == previous) {
            return;
        }
        double seconds = (current - previous) * (BUCKET_NANOS / NANOS_PER_SECOND);
        measuredRate = sent.getAndSet(0) / seconds * SMOOTH + measuredRate * (1 - SMOOTH);
        admittedRate = admitted.getAndSet(0) / seconds * SMOOTH + admittedRate * (1 - SMOOTH);
        bucket = current;
    }

    private void refill(long now) {
        if (lastRefill != 0) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) / NANOS_PER_SECOND * fillRate);
        }
        lastRefill = now;
    }

    @Override
    public synchronized String toString() {
        return enabled ? String.format(Locale.ROOT, "AdaptiveRateLimiter[%.1f/s]", fillRate) : "AdaptiveRateLimiter[unlimited]";
    }
}
