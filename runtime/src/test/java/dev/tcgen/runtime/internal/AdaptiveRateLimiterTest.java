package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The adaptive limiter on its own: unlimited until throttled, lowered once per excess, raised again by answers. */
@Timeout(30)
class AdaptiveRateLimiterTest {

    @Test
    void unlimitedUntilTheFirstThrottle() {
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter();
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, limiter.reserve(0));
            limiter.answered(false, System.nanoTime());
        }
        assertEquals(Double.POSITIVE_INFINITY, limiter.rate());
    }

    @Test
    void aThrottleLowersTheRateOnceAndLaterAnswersRaiseIt() throws InterruptedException {
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter();
        long sent = System.nanoTime();
        for (int i = 0; i < 40; i++) { // 40 sent at once, unlimited
            assertEquals(0, limiter.reserve(Long.MAX_VALUE));
        }
        for (int i = 0; i < 40; i++) { // 20 let through, then the server's limit
            limiter.answered(i >= 20, sent);
        }
        double lowered = limiter.rate();
        assertTrue(lowered <= 40 && lowered >= 0.5, "lowered to at most what the server let through: " + lowered);
        limiter.answered(true, sent);
        limiter.answered(true, System.nanoTime());
        assertEquals(lowered, limiter.rate(), "the same excess lowers the rate only once");
        assertTrue(limiter.reserve(0) >= 0, "the first attempt after the throttle goes at once");
        long wait = 0;
        for (int i = 0; i < 20 && wait == 0; i++) { // the bucket holds a quarter second of calls at most
            wait = limiter.reserve(Long.MAX_VALUE);
        }
        assertTrue(wait > 0, "then the rate applies: " + wait);
        assertEquals(-1, limiter.reserve(0), "a caller that cannot wait takes nothing");
        TimeUnit.MILLISECONDS.sleep(1500);
        for (int i = 0; i < 5; i++) {
            limiter.reserve(Long.MAX_VALUE);
            limiter.answered(false, System.nanoTime());
        }
        assertTrue(limiter.rate() > 0.5 && limiter.toString().startsWith("AdaptiveRateLimiter["), limiter.toString());
    }
}
