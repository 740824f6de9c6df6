package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.TencentCloudTransportException.Kind;
import java.time.Duration;

/**
 * One logical call as every attempt sends it: the body is serialized once (a filled idempotency token included),
 * so every attempt signs and sends the same bytes.
 *
 * @param started {@code System.nanoTime()} when the call began
 * @param deadline {@code System.nanoTime()} by which the whole call must end, or {@link Long#MAX_VALUE} for none
 */
record PreparedCall<T>(Operation<?, T> operation, byte[] body, CallOptions options, long started, long deadline) {

    String action() {
        return operation.action();
    }

    Class<T> responseType() {
        return operation.responseType();
    }

    Operation.Reader<T> responseReader() {
        return operation.responseReader();
    }

    /** Nanoseconds left before the deadline; {@link Long#MAX_VALUE} without one. */
    long remainingNanos() {
        return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
    }

    /** The failure of a call whose own timeout ran out during {@code attempt}. */
    TencentCloudTransportException timedOut(TransportExceptions failures, int attempt, Throwable cause, boolean requestSent) {
        long millis = options.timeout().map(Duration::toMillis).orElse(0L);
        String what = "the call's timeout of " + millis + " ms ran out during attempt " + attempt;
        return requestSent ? failures.of(Kind.TIMEOUT, action(), -1, what, cause) : failures.notSent(Kind.TIMEOUT, action(), what, cause);
    }
}
