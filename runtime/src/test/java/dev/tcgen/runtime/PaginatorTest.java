package dev.tcgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The paginator against servers that behave and servers that do not: each test counts the calls made. */
class PaginatorTest {

    /** A request of all three kinds at once; each test uses the fields of its kind. */
    record Request(Long offset, Long limit, Long page, String token) {
        Request withOffset(Long value) {
            return new Request(value, limit, page, token);
        }

        Request withPage(Long value) {
            return new Request(offset, limit, value, token);
        }

        Request withToken(String value) {
            return new Request(offset, limit, page, value);
        }
    }

    record Response(List<String> items, Long total, String nextToken) {}

    /** A server over {@code items} that pages by offset and limit and reports {@code total}. */
    private static final class Server implements Function<Request, Response> {
        final List<Request> received = new ArrayList<>();
        final Function<Request, Response> answer;

        Server(Function<Request, Response> answer) {
            this.answer = answer;
        }

        @Override
        public synchronized Response apply(Request request) {
            received.add(request);
            return answer.apply(request);
        }

        CompletableFuture<Response> async(Request request) {
            return CompletableFuture.supplyAsync(() -> apply(request));
        }

        int calls() {
            return received.size();
        }
    }

    private static List<String> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> "item-" + i).toList();
    }

    private static Function<Request, Response> byOffset(List<String> all, Long total) {
        return request -> {
            int from = (int) Math.min(all.size(), request.offset() == null ? 0 : request.offset());
            int to = (int) Math.min(all.size(), from + (request.limit() == null ? 20 : request.limit()));
            return new Response(all.subList(from, to), total, null);
        };
    }

    private static Paginator<Response, String> offsetPaginator(Server server, Request first) {
        return Paginator.byOffset(first, server, server::async, Response::items, Request::offset,
                Request::withOffset, Response::total);
    }

    @Test
    void offsetPagesStopAtTheTotal() {
        Server server = new Server(byOffset(items(7), 7L));
        Paginator<Response, String> pages = offsetPaginator(server, new Request(null, 3L, null, null));
        assertEquals(items(7), pages.items().toList());
        assertEquals(3, server.calls(), "3 + 3 + 1 items, and no call after the total");
        assertEquals(java.util.Arrays.asList(null, 3L, 6L), server.received.stream().map(Request::offset).toList(),
                "the first request as given, then the offsets after the items so far");
        assertEquals(3L, server.received.get(0).limit(), "the limit is the caller's on every page");
    }

    @Test
    void aStartingOffsetIsKept() {
        Server server = new Server(byOffset(items(7), 7L));
        assertEquals(items(7).subList(5, 7), offsetPaginator(server, new Request(5L, 3L, null, null)).items().toList());
        assertEquals(1, server.calls());
    }

    @Test
    void anEmptyFirstPageIsOnePage() {
        Server server = new Server(byOffset(List.of(), 0L));
        List<Response> pages = new ArrayList<>();
        offsetPaginator(server, new Request(null, 10L, null, null)).forEach(pages::add);
        assertEquals(1, pages.size(), "the answer is still returned");
        assertEquals(1, server.calls());
    }

    @Test
    void aTotalThatIsTooLargeEndsOnTheEmptyPage() {
        Server server = new Server(byOffset(items(5), 1000L));
        assertEquals(items(5), offsetPaginator(server, new Request(null, 2L, null, null)).items().toList());
        assertEquals(4, server.calls(), "2 + 2 + 1, then the empty page at offset 5 ends it");
    }

    @Test
    void aServerThatRepeatsAPageIsNotFollowed() {
        // The server ignores the offset and gives no total: without the guard this never ends.
        Server server = new Server(request -> new Response(items(3), null, null));
        List<Response> pages = new ArrayList<>();
        offsetPaginator(server, new Request(null, 3L, null, null)).forEach(pages::add);
        assertEquals(1, pages.size(), "the repeated page is not returned again");
        assertEquals(2, server.calls());
    }

    @Test
    void aServerThatRepeatsItsLastPageBeyondALyingTotal() {
        List<String> all = items(5);
        Server server = new Server(request -> {
            int from = (int) Math.min(4, request.offset() == null ? 0 : request.offset());
            return new Response(all.subList(from, Math.min(5, from + 2)), 50L, null);
        });
        assertEquals(List.of("item-0", "item-1", "item-2", "item-3", "item-4"),
                offsetPaginator(server, new Request(null, 2L, null, null)).items().toList());
        assertEquals(4, server.calls(), "offsets 0, 2, 4 and then 5, which repeats the page of 4");
    }

    @Test
    void aServerWhosePagesNeverEndHitsTheBound() {
        AtomicInteger counter = new AtomicInteger();
        Server server = new Server(request -> new Response(List.of("item-" + counter.incrementAndGet()), null, null));
        Paginator<Response, String> pages = offsetPaginator(server, new Request(null, 1L, null, null)).maxPages(25);
        PaginationException thrown = assertThrows(PaginationException.class, () -> pages.items().count());
        assertTrue(thrown.getMessage().contains("more than 25 pages"), thrown.getMessage());
        assertEquals(25, server.calls());
        assertThrows(IllegalArgumentException.class, () -> pages.maxPages(0));
        assertTrue(thrown instanceof TencentCloudSdkException, "one catch covers the client's exceptions");
    }

    @Test
    void itemsAreFetchedOnlyAsFarAsTheStreamGoes() {
        Server server = new Server(byOffset(items(100), 100L));
        assertEquals(items(3), offsetPaginator(server, new Request(null, 10L, null, null)).items().limit(3).toList());
        assertEquals(1, server.calls());
    }

    @Test
    void eachIterationStartsAgain() {
        Server server = new Server(byOffset(items(4), 4L));
        Paginator<Response, String> pages = offsetPaginator(server, new Request(null, 2L, null, null));
        assertEquals(pages.items().toList(), pages.items().toList());
        assertEquals(4, server.calls());
    }

    @Test
    void pageNumbersStopAtTheTotal() {
        List<String> all = items(5);
        for (long firstPage : new long[] {0, 1}) {
            Server server = new Server(request -> {
                long page = request.page() == null ? firstPage : request.page();
                int from = (int) Math.min(all.size(), (page - firstPage) * request.limit());
                return new Response(all.subList(from, (int) Math.min(all.size(), from + request.limit())), 5L, null);
            });
            Paginator<Response, String> pages = Paginator.byPage(new Request(null, 2L, null, null), server, server::async,
                    Response::items, Request::page, Request::limit, Request::withPage, firstPage, Response::total);
            assertEquals(all, pages.items().toList(), "first page " + firstPage);
            assertEquals(java.util.Arrays.asList(null, firstPage + 1, firstPage + 2),
                    server.received.stream().map(Request::page).toList(), "the first request as given, then the next numbers");
        }
    }

    @Test
    void aLaterStartingPageCountsThePagesBefore() {
        List<String> all = items(5);
        Server server = new Server(request -> {
            int from = (int) Math.min(all.size(), (request.page() - 1) * 2);
            return new Response(all.subList(from, Math.min(all.size(), from + 2)), 5L, null);
        });
        Paginator<Response, String> pages = Paginator.byPage(new Request(null, null, 2L, null), server, server::async,
                Response::items, Request::page, Request::limit, Request::withPage, 1, Response::total);
        assertEquals(all.subList(2, 5), pages.items().toList());
        assertEquals(2, server.calls(), "pages 2 and 3; the page size is the first page's count when unset");
    }

    private static Paginator<Response, String> tokenPaginator(Server server) {
        return Paginator.byToken(new Request(null, null, null, null), server, server::async, Response::items,
                Request::token, Request::withToken, Response::nextToken);
    }

    @Test
    void tokensAreFollowedUntilThereIsNone() {
        Server server = new Server(request -> switch (request.token() == null ? "" : request.token()) {
            case "" -> new Response(List.of("a"), null, "t1");
            case "t1" -> new Response(List.of("b"), null, "t2");
            default -> new Response(List.of("c"), null, "");
        });
        assertEquals(List.of("a", "b", "c"), tokenPaginator(server).items().toList());
        assertEquals(3, server.calls(), "an empty token ends the walk as a missing one does");
    }

    @Test
    void aTokenLoopEnds() {
        Server server = new Server(request -> switch (request.token() == null ? "" : request.token()) {
            case "" -> new Response(List.of("a"), null, "t1");
            case "t1" -> new Response(List.of("b"), null, "t2");
            default -> new Response(List.of("c"), null, "t1");
        });
        assertEquals(List.of("a", "b", "c"), tokenPaginator(server).items().toList());
        assertEquals(3, server.calls(), "t1 again would only bring back what was had");
    }

    @Test
    void asyncWalksEveryPageWithoutBlocking() throws Exception {
        Server server = new Server(byOffset(items(10), 10L));
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        offsetPaginator(server, new Request(null, 3L, null, null)).forEachItemAsync(seen::add).get(10, TimeUnit.SECONDS);
        assertEquals(items(10), seen);
        assertEquals(4, server.calls());
    }

    @Test
    void asyncFailsWithTheFailureOfAPage() {
        RuntimeException failure = new TencentCloudSdkException("page 2 failed");
        Server server = new Server(request -> {
            if (request.offset() != null && request.offset() > 0) {
                throw failure;
            }
            return new Response(items(2), 10L, null);
        });
        CompletableFuture<Void> walk = offsetPaginator(server, new Request(null, 2L, null, null)).forEachPageAsync(page -> { });
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> walk.get(10, TimeUnit.SECONDS));
        assertSame(failure, thrown.getCause());
        assertEquals(2, server.calls());
    }

    @Test
    void asyncFailsWithTheFailureOfAPageThatArrivedFailed() {
        RuntimeException failure = new TencentCloudSdkException("page 1 failed");
        Server server = new Server(byOffset(items(2), 2L));
        CompletableFuture<Void> walk = Paginator.byOffset(new Request(null, 2L, null, null), server,
                request -> CompletableFuture.<Response>failedFuture(failure), Response::items, Request::offset,
                Request::withOffset, Response::total).forEachPageAsync(page -> { });
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> walk.get(10, TimeUnit.SECONDS));
        assertSame(failure, thrown.getCause(), "not wrapped in a CompletionException");
    }

    @Test
    void aConsumerThatThrowsStopsTheAsyncWalk() {
        Server server = new Server(byOffset(items(10), 10L));
        IllegalStateException thrown = new IllegalStateException("no more, thanks");
        CompletableFuture<Void> walk = offsetPaginator(server, new Request(null, 2L, null, null)).forEachPageAsync(page -> {
            throw thrown;
        });
        ExecutionException failed = assertThrows(ExecutionException.class, () -> walk.get(10, TimeUnit.SECONDS));
        assertSame(thrown, failed.getCause());
        assertEquals(1, server.calls(), "no page after the one the consumer refused");
    }

    @Test
    void asyncPagesThatArriveCompleteDoNotNest() throws Exception {
        int pages = 5000;
        Server server = new Server(byOffset(items(pages), (long) pages));
        AtomicInteger seen = new AtomicInteger();
        Paginator<Response, String> paginator = Paginator.byOffset(new Request(null, 1L, null, null), server,
                request -> CompletableFuture.completedFuture(server.apply(request)), Response::items, Request::offset,
                Request::withOffset, Response::total);
        paginator.forEachItemAsync(item -> seen.incrementAndGet()).get(30, TimeUnit.SECONDS);
        assertEquals(pages, seen.get());
    }
}
