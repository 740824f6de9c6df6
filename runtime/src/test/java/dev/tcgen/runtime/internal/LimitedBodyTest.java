package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.TencentCloudTransportException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The body of one attempt as its own handler: what it reads, refuses and cancels, without a server. */
class LimitedBodyTest {
    private final TransportExceptions failures =
            new TransportExceptions(URI.create("https://omics.tencentcloudapi.com/"), Duration.ofSeconds(5));

    private static HttpResponse.ResponseInfo info(int status, Map<String, List<String>> headers) {
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (name, value) -> true);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    /** A subscription that records whether it was cancelled. */
    private static final class Subscription implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static LimitedBody deliver(HttpResponse.BodySubscriber<LimitedBody> subscriber, Subscription subscription,
            String... parts) throws Exception {
        subscriber.onSubscribe(subscription);
        for (String part : parts) {
            subscriber.onNext(List.of(ByteBuffer.wrap(part.getBytes(StandardCharsets.UTF_8))));
        }
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().get(1, TimeUnit.SECONDS);
    }

    @Test
    void readsTheWholeBodyInPartsAsOneArray() throws Exception {
        LimitedBody body = new LimitedBody(100, System.nanoTime() + TimeUnit.SECONDS.toNanos(5), failures, "GetRunCalls");
        HttpResponse.BodySubscriber<LimitedBody> subscriber = body.apply(info(200, Map.of("Content-Length", List.of("11"))));
        assertSame(body, subscriber, "one object serves as handler and subscriber");
        Subscription subscription = new Subscription();
        assertArrayEquals("{\"Resp\":{}}".getBytes(StandardCharsets.UTF_8),
                deliver(subscriber, subscription, "{\"Resp", "\":{}}").await());
        assertEquals(Long.MAX_VALUE, subscription.requested);
    }

    @Test
    void aSecondResponseGetsABodyOfItsOwn() throws Exception {
        LimitedBody body = new LimitedBody(100, System.nanoTime() + TimeUnit.SECONDS.toNanos(5), failures, "GetRunCalls");
        HttpResponse.BodySubscriber<LimitedBody> first = body.apply(info(302, Map.of()));
        HttpResponse.BodySubscriber<LimitedBody> second = body.apply(info(200, Map.of()));
        assertNotSame(first, second);
        assertArrayEquals("one".getBytes(StandardCharsets.UTF_8), deliver(first, new Subscription(), "one").await());
        assertArrayEquals("two".getBytes(StandardCharsets.UTF_8), deliver(second, new Subscription(), "two").await());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReadingAndCancelled() throws Exception {
        LimitedBody body = new LimitedBody(10, System.nanoTime() + TimeUnit.SECONDS.toNanos(5), failures, "GetRunCalls");
        HttpResponse.BodySubscriber<LimitedBody> subscriber = body.apply(info(200, Map.of("Content-Length", List.of("11"))));
        Subscription subscription = new Subscription();
        subscriber.onSubscribe(subscription);
        assertTrue(subscription.cancelled);
        assertEquals(0, subscription.requested);
        ExecutionException failure = assertThrows(ExecutionException.class, body::await);
        TencentCloudTransportException tooLarge = assertInstanceOf(TencentCloudTransportException.class, failure.getCause());
        assertEquals(TencentCloudTransportException.Kind.RESPONSE_TOO_LARGE, tooLarge.kind());
        assertEquals(200, tooLarge.statusCode().orElse(-1));
        assertTrue(tooLarge.getMessage().contains("longer than 10 bytes"), tooLarge.getMessage());
    }

    @Test
    void aBodyThatGrowsPastTheLimitIsCancelledAsItArrives() throws Exception {
        LimitedBody body = new LimitedBody(4, System.nanoTime() + TimeUnit.SECONDS.toNanos(5), failures, "GetRunCalls");
        HttpResponse.BodySubscriber<LimitedBody> subscriber = body.apply(info(500, Map.of()));
        Subscription subscription = new Subscription();
        subscriber.onSubscribe(subscription);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[3])));
        assertTrue(!subscription.cancelled);
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[3])));
        assertTrue(subscription.cancelled);
        ExecutionException failure = assertThrows(ExecutionException.class, body::await);
        assertEquals(500, assertInstanceOf(TencentCloudTransportException.class, failure.getCause()).statusCode().orElse(-1));
    }

    @Test
    void anUnreadableContentLengthIsRefusedWithItsValueShownPrintably() throws Exception {
        LimitedBody body = new LimitedBody(100, System.nanoTime() + TimeUnit.SECONDS.toNanos(5), failures, "GetRunCalls");
        HttpResponse.BodySubscriber<LimitedBody> subscriber = body.apply(info(200, Map.of("Content-Length", List.of("abc"))));
        assertNotSame(body, subscriber);
        Subscription subscription = new Subscription();
        subscriber.onSubscribe(subscription);
        assertTrue(subscription.cancelled);
        LimitedBody refused = subscriber.getBody().toCompletableFuture().get(1, TimeUnit.SECONDS);
        ExecutionException failure = assertThrows(ExecutionException.class, refused::await);
        TencentCloudTransportException malformed = assertInstanceOf(TencentCloudTransportException.class, failure.getCause());
        assertEquals(TencentCloudTransportException.Kind.MALFORMED_RESPONSE, malformed.kind());
        assertTrue(malformed.getMessage().contains("\"abc\""), malformed.getMessage());
    }
}
