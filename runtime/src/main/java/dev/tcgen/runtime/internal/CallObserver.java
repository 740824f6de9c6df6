package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tcgen.runtime.CallInterceptor;
import dev.tcgen.runtime.CallOptions;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.TencentCloudSdkException;
import dev.tcgen.runtime.TencentCloudTransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What watches every attempt and call: the {@link WireLog} and the client's {@link CallInterceptor}s. Costs nothing
 * beyond a level check when there are no interceptors and DEBUG is off.
 */
final class CallObserver {
    private final String service;

    private final List<CallInterceptor> interceptors;

    private final WireLog log;

    CallObserver(ClientSettings settings) {
        this.service = settings.service().name();
        this.interceptors = settings.interceptors();
        this.log = new WireLog(settings.service().sensitiveFields());
    }

    /**
     * Before attempt {@code attempt} is signed: logs its body (TRACE) and gives the headers the interceptors add.
     * An interceptor that throws fails the call.
     */
    Map<String, String> beforeSigning(PreparedCall<?> call, int attempt) {
        log.request(call.action(), attempt, call.body());
        if (interceptors.isEmpty()) {
            return Map.of();
        }
        CallOptions.Builder added = CallOptions.builder(); // checks each header as call options do
        CallInterceptor.Attempt context = new CallInterceptor.Attempt(service, call.action(), attempt);
        for (CallInterceptor interceptor : interceptors) {
            try {
                interceptor.beforeSigning(context, added::header);
            } catch (RuntimeException e) {
                throw new TencentCloudSdkException(call.action() + ": the interceptor " + interceptor.getClass().getName()
                        + " failed before signing attempt " + attempt + " (" + e.getClass().getName() + "); nothing was sent", e);
            }
        }
        return added.build().headers();
    }

    /**
     * After an attempt that began (before signing) at {@code startNanos}: logs it and tells the interceptors.
     *
     * @param exchange what arrived, or null when no response did
     * @param failure what the attempt failed with; null for success
     * @return what was reported, or null when nobody is watching
     */
    CallInterceptor.AttemptResult afterAttempt(PreparedCall<?> call, int attempt, long startNanos,
            HttpSender.Exchange exchange, Throwable failure) {
        if (exchange != null) {
            log.response(call.action(), attempt, exchange.status(), exchange.body());
        }
        boolean debug = log.debugEnabled();
        if (interceptors.isEmpty() && !debug) {
            return null;
        }
        int status = exchange != null ? exchange.status()
                : failure instanceof TencentCloudTransportException transport ? transport.statusCode().orElse(-1) : -1;
        String requestId = null;
        String errorCode = null;
        if (failure instanceof TencentCloudException api) {
            requestId = api.requestId();
            errorCode = api.code();
        } else if (exchange != null) {
            // The envelope's, when the read stage got that far; else whatever the body says.
            requestId = exchange.requestId() != null ? exchange.requestId() : requestId(exchange.body());
        }
        CallInterceptor.AttemptResult result = new CallInterceptor.AttemptResult(service, call.action(), attempt, status,
                Duration.ofNanos(System.nanoTime() - startNanos), requestId, errorCode, failure);
        if (debug) {
            log.attempt(result);
        }
        for (CallInterceptor interceptor : interceptors) {
            try {
                interceptor.afterAttempt(result);
            } catch (RuntimeException e) {
                log.interceptorFailed(interceptor, "afterAttempt", call.action(), e);
            }
        }
        return result;
    }

    /** After the call's last attempt ({@code last}, null when none was reported): tells the interceptors. */
    void afterCall(PreparedCall<?> call, int attempts, CallInterceptor.AttemptResult last, Throwable failure) {
        if (interceptors.isEmpty()) {
            return;
        }
        CallInterceptor.CallResult result = new CallInterceptor.CallResult(service, call.action(), attempts,
                Duration.ofNanos(System.nanoTime() - call.started()), last == null ? null : last.requestId(),
                last == null ? null : last.errorCode(), failure);
        for (CallInterceptor interceptor : interceptors) {
            try {
                interceptor.afterCall(result);
            } catch (RuntimeException e) {
                log.interceptorFailed(interceptor, "afterCall", call.action(), e);
            }
        }
    }

    /** {@code Response.RequestId} of a body, by one pass of the streaming parser; null when it has none. */
    static String requestId(byte[] body) {
        try (JsonParser parser = JsonFields.FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean response = "Response".equals(parser.currentName());
                if (parser.nextToken() != JsonToken.START_OBJECT || !response) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean id = "RequestId".equals(parser.currentName());
                    JsonToken value = parser.nextToken();
                    if (id && value == JsonToken.VALUE_STRING) {
                        return parser.getText();
                    }
                    parser.skipChildren();
                }
                return null;
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
