package dev.tcgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final URI ENDPOINT = URI.create("http://127.0.0.1:1/");

    @Test
    void notCarriedOutIsRetriedForEveryAction() {
        for (boolean safe : new boolean[] {true, false}) {
            assertTrue(RetryPolicy.isRetryable(api("RequestLimitExceeded"), safe));
            assertTrue(RetryPolicy.isRetryable(api("RequestLimitExceeded.IPLimitExceeded"), safe));
            assertTrue(RetryPolicy.isRetryable(api("RequestLimitExceeded.GlobalRegionUinLimitExceeded"), safe));
            assertTrue(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.HTTP_STATUS, 429), safe));
            assertTrue(RetryPolicy.isRetryable(notSent(TencentCloudTransportException.Kind.CONNECTION), safe));
            assertTrue(RetryPolicy.isRetryable(notSent(TencentCloudTransportException.Kind.TIMEOUT), safe));
        }
    }

    @Test
    void outcomeUnknownIsRetriedOnlyForActionsSafeToRepeat() {
        List<Throwable> unknown = List.of(transport(TencentCloudTransportException.Kind.TIMEOUT, -1),
                transport(TencentCloudTransportException.Kind.CONNECTION, -1),
                transport(TencentCloudTransportException.Kind.HTTP_STATUS, 500),
                transport(TencentCloudTransportException.Kind.HTTP_STATUS, 502),
                transport(TencentCloudTransportException.Kind.HTTP_STATUS, 503),
                transport(TencentCloudTransportException.Kind.HTTP_STATUS, 504),
                api("InternalError"), api("InternalError.DbError"), api("ServiceUnavailable"));
        for (Throwable failure : unknown) {
            assertTrue(RetryPolicy.isRetryable(failure, true), failure.toString());
            assertFalse(RetryPolicy.isRetryable(failure, false), failure.toString());
            assertTrue(RetryPolicy.defaults().shouldRetry(failure, 1, true));
            assertFalse(RetryPolicy.defaults().shouldRetry(failure, 1, false));
        }
    }

    @Test
    void finalFailuresAreNeverRetried() {
        List<Throwable> permanent = List.of(api("InvalidParameter"), api("AuthFailure.SignatureFailure"),
                api("FailedOperation"), api("LimitExceeded"), api("ResourceUnavailable"), api("InternalErrorX"),
                api("RequestLimitExceededSomething"), transport(TencentCloudTransportException.Kind.HTTP_STATUS, 501),
                transport(TencentCloudTransportException.Kind.HTTP_STATUS, 404),
                transport(TencentCloudTransportException.Kind.MALFORMED_RESPONSE, 200),
                new CredentialsException("none"), new IllegalStateException());
        for (Throwable failure : permanent) {
            assertFalse(RetryPolicy.isRetryable(failure, true), failure.toString());
        }
    }

    @Test
    void aConditionReplacesTheDefaultRuleWithinMaxAttempts() {
        List<String> seen = new ArrayList<>();
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).retryCondition((failure, attempt, safe) -> {
            seen.add(attempt + ":" + safe);
            return failure instanceof TencentCloudException api && api.code().equals("FailedOperation");
        }).build();
        assertTrue(policy.shouldRetry(api("FailedOperation"), 1, false));
        assertFalse(policy.shouldRetry(api("RequestLimitExceeded"), 2, true), "the default rule no longer applies");
        assertFalse(policy.shouldRetry(api("FailedOperation"), 3, false), "maxAttempts still bounds");
        assertEquals(List.of("1:false", "2:true"), seen);
        assertTrue(policy.toString().contains("custom condition"));
    }

    @Test
    void retriesThrottlingServerErrorsConnectionFailuresAndTimeouts() {
        assertTrue(RetryPolicy.isRetryable(api("RequestLimitExceeded")));
        assertTrue(RetryPolicy.isRetryable(api("RequestLimitExceeded.UinLimitExceeded")));
        assertTrue(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.HTTP_STATUS, 503)));
        assertTrue(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.HTTP_STATUS, 500)));
        assertTrue(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.HTTP_STATUS, 429)));
        assertTrue(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.TIMEOUT, -1)));
        assertTrue(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.CONNECTION, -1)));
    }

    @Test
    void neverRetriesOtherFailures() {
        assertFalse(RetryPolicy.isRetryable(api("InvalidParameter")));
        assertFalse(RetryPolicy.isRetryable(api("RequestLimitExceededSomething")));
        assertFalse(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.HTTP_STATUS, 404)));
        assertFalse(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.RESPONSE_TOO_LARGE, 200)));
        assertFalse(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.MALFORMED_RESPONSE, 200)));
        assertFalse(RetryPolicy.isRetryable(transport(TencentCloudTransportException.Kind.INTERRUPTED, -1)));
        assertFalse(RetryPolicy.isRetryable(new CredentialsException("none")));
        assertFalse(RetryPolicy.isRetryable(new IllegalStateException()));
    }

    @Test
    void attemptsAreBounded() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).build();
        TencentCloudException throttled = api("RequestLimitExceeded");
        assertTrue(policy.shouldRetry(throttled, 1, false));
        assertTrue(policy.shouldRetry(throttled, 2, false));
        assertFalse(policy.shouldRetry(throttled, 3, false));
        assertFalse(RetryPolicy.none().shouldRetry(throttled, 1, true));
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheCeiling() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(1000)).build();
        long[] ceilings = {100, 200, 400, 800, 1000, 1000};
        for (int attempt = 1; attempt <= ceilings.length; attempt++) {
            long ceiling = Duration.ofMillis(ceilings[attempt - 1]).toNanos();
            long lowest = Long.MAX_VALUE;
            long highest = 0;
            for (int i = 0; i < 200; i++) {
                long wait = policy.backoff(attempt).toNanos();
                assertTrue(wait >= ceiling / 2 && wait <= ceiling, "attempt " + attempt + " waited " + wait);
                lowest = Math.min(lowest, wait);
                highest = Math.max(highest, wait);
            }
            assertTrue(highest > lowest, "jitter varies the wait");
        }
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1)).build());
    }

    private static TencentCloudException api(String code) {
        return new TencentCloudException("GetRunCalls", code, "message", "req-1");
    }

    private static TencentCloudTransportException notSent(TencentCloudTransportException.Kind kind) {
        return new TencentCloudTransportException(kind, "GetRunCalls", ENDPOINT, -1, "could not connect", null, false);
    }

    private static TencentCloudTransportException transport(TencentCloudTransportException.Kind kind, int status) {
        return new TencentCloudTransportException(kind, "GetRunCalls", ENDPOINT, status, "what happened", null);
    }
}
