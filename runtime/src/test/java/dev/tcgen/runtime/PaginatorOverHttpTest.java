package dev.tcgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcgen.runtime.testing.Echo;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingRequest;
import dev.tcgen.runtime.testing.PingResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A paginator over a real client and a local server: each page is one call of the client, so a page the server
 * refuses for its rate is retried like any call, and the walk goes on from where it was.
 */
class PaginatorOverHttpTest {

    /** Pages by the request's Token; the last echo of a page is the next page's token, "end" after the last. */
    private static Paginator<PingResponse, Echo> pages(PingClient client) {
        return Paginator.byToken(new PingRequest("start"), client::ping, client::pingAsync, PingResponse::echoes,
                PingRequest::token, (request, token) -> new PingRequest(token),
                page -> page.echoes().isEmpty() || page.echoes().get(page.echoes().size() - 1).token().equals("end")
                        ? null : page.echoes().get(page.echoes().size() - 1).token());
    }

    @Test
    @Timeout(30)
    void aRefusedPageIsRetriedAndTheWalkGoesOn() throws Exception {
        try (FakeTencentCloud server = new FakeTencentCloud("ping", "2020-01-01", 0)) {
            AtomicInteger refusals = new AtomicInteger();
            server.handler((request, number) -> {
                String body = request.bodyText();
                if (body.contains("\"start\"")) {
                    return FakeTencentCloud.Reply.json("{\"Response\": {\"Echoes\": [{\"Token\": \"a\"}, {\"Token\": \"p2\"}],"
                            + " \"RequestId\": \"" + request.requestId() + "\"}}");
                }
                if (body.contains("\"p2\"") && refusals.getAndIncrement() == 0) {
                    return FakeTencentCloud.Reply.apiError("RequestLimitExceeded", "slow down", request.requestId());
                }
                if (body.contains("\"p2\"")) {
                    return FakeTencentCloud.Reply.json("{\"Response\": {\"Echoes\": [{\"Token\": \"b\"}, {\"Token\": \"end\"}],"
                            + " \"RequestId\": \"" + request.requestId() + "\"}}");
                }
                return FakeTencentCloud.Reply.apiError("InvalidParameter", "unexpected " + body, request.requestId());
            });
            RetryPolicy quick = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
                    .maxBackoff(Duration.ofMillis(20)).build();
            try (PingClient client = PingClient.builder()
                    .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                    .endpoint(server.endpoint())
                    .retryPolicy(quick)
                    .build()) {
                assertEquals(List.of("a", "p2", "b", "end"), pages(client).items().map(Echo::token).toList());
                assertEquals(3, server.received().size(), "page 1, page 2 refused, page 2 again");

                refusals.set(0);
                List<String> async = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
                pages(client).forEachItemAsync(echo -> async.add(echo.token())).get(20, TimeUnit.SECONDS);
                assertEquals(List.of("a", "p2", "b", "end"), async, "the async walk retries through the client too");
                assertEquals(6, server.received().size());
            }
        }
    }
}
