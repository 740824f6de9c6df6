package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.Operation;

/**
 * One logical call as every attempt sends it: the body is serialized once (a filled idempotency token included),
 * so every attempt signs and sends the same bytes.
 *
 * @param deadline {@code System.nanoTime()} by which the whole call must end, or {@link Long#MAX_VALUE} for none
 */
record PreparedCall<T>(Operation<T> operation, byte[] body, CallOptions options, long deadline) {

    String action() {
        return operation.action();
    }

    Class<T> responseType() {
        return operation.responseType();
    }

    /** Nanoseconds left before the deadline; {@link Long#MAX_VALUE} without one. */
    long remainingNanos() {
        return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
    }
}
