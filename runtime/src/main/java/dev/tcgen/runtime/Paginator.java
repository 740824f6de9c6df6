package dev.tcgen.runtime;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paginated action, fetched lazily: each page is one call of the client's own method, so the
 * client's rate limits, retries and exceptions apply to every page. A generated client returns one from
 * {@code xPaginator(request)}; {@code request} gives the first page and every parameter the pages share.
 *
 * <pre>{@code
 * for (DescribeRunsResponse page : client.describeRunsPaginator(request)) { ... }   // the pages
 * client.describeRunsPaginator(request).items().forEach(run -> ...);                 // the items of all pages
 * client.describeRunsPaginator(request).forEachItemAsync(run -> ...).join();         // without blocking a thread
 * }</pre>
 *
 * <p>A walk ends after the page that reaches the total the server reports (offset and page-number paging), on an
 * empty page (which is still returned), or when the next token is missing, empty or one this walk already sent
 * (token paging). Two guards keep a faulty server from making it endless: a page whose items equal those of the
 * page before ends the walk without being returned (the server ignored the position and repeated itself), and a
 * walk that would fetch more than {@link #maxPages(int)} pages throws {@link PaginationException} instead of
 * dropping items silently.
 *
 * <p>Immutable and thread-safe; every iteration, stream and async walk starts again from the first page. Iterators
 * are not thread-safe.
 *
 * @param <R> the response, one per page
 * @param <I> the items each page lists
 */
public final class Paginator<R, I> implements Iterable<R> {

    /** How many pages one walk fetches at most unless {@link #maxPages(int)} says otherwise. */
    public static final int DEFAULT_MAX_PAGES = 10_000;

    private final Source<?, R> source;
    private final Function<R, List<I>> items;
    private final int maxPages;

    private Paginator(Source<?, R> source, Function<R, List<I>> items, int maxPages) {
        this.source = source;
        this.items = items;
        this.maxPages = maxPages;
    }

    /**
     * Pages by an offset: the first page at the request's offset (0 when unset), each next one at the offset after
     * the items received so far, until the total.
     *
     * @param <Q> the action's request type
     * @param <R> the action's response type: one page
     * @param <I> the type of a page's items
     * @param request the first page's request
     * @param call the client's method, e.g. {@code client::describeRuns}
     * @param callAsync the client's async method, e.g. {@code client::describeRunsAsync}
     * @param items the page's items, e.g. {@code DescribeRunsResponse::runs}
     * @param offset the request's offset, e.g. {@code DescribeRunsRequest::offset}
     * @param withOffset a copy of a request with another offset
     * @param total the page's total count of items, null when unknown
     * @return the paginator, which has fetched nothing yet
     */
    public static <Q, R, I> Paginator<R, I> byOffset(Q request, Function<Q, R> call,
            Function<Q, CompletableFuture<R>> callAsync, Function<R, List<I>> items, Function<Q, Long> offset,
            BiFunction<Q, Long, Q> withOffset, Function<R, Long> total) {
        Objects.requireNonNull(withOffset, "withOffset");
        Objects.requireNonNull(total, "total");
        long first = orElse(offset.apply(request), 0);
        return new Paginator<>(new Source<>(request, call, callAsync, () -> new OffsetCursor<>(first, withOffset, total)),
                Objects.requireNonNull(items, "items"), DEFAULT_MAX_PAGES);
    }

    /**
     * Pages by a page number: the first page is the request's page ({@code firstPage} when unset), each next one the
     * number after, until the items of the pages up to it reach the total.
     *
     * @param <Q> the action's request type
     * @param <R> the action's response type: one page
     * @param <I> the type of a page's items
     * @param request the first page's request
     * @param call the client's method, e.g. {@code client::describeRuns}
     * @param callAsync the client's async method, e.g. {@code client::describeRunsAsync}
     * @param items the page's items, e.g. {@code DescribeRunsResponse::runs}
     * @param page the request's page number
     * @param pageSize the request's page size; when unset, the first page's item count stands for it
     * @param withPage a copy of a request with another page number
     * @param firstPage the number of the service's first page, 1 or 0
     * @param total the page's total count of items, null when unknown
     * @return the paginator, which has fetched nothing yet
     */
    public static <Q, R, I> Paginator<R, I> byPage(Q request, Function<Q, R> call,
            Function<Q, CompletableFuture<R>> callAsync, Function<R, List<I>> items, Function<Q, Long> page,
            Function<Q, Long> pageSize, BiFunction<Q, Long, Q> withPage, long firstPage, Function<R, Long> total) {
        Objects.requireNonNull(withPage, "withPage");
        Objects.requireNonNull(total, "total");
        long start = orElse(page.apply(request), firstPage);
        Long size = pageSize.apply(request);
        return new Paginator<>(new Source<>(request, call, callAsync,
                () -> new PageCursor<>(start, start - firstPage, size, withPage, total)),
                Objects.requireNonNull(items, "items"), DEFAULT_MAX_PAGES);
    }

    /**
     * Pages by a token: the first page with the request's token (usually unset), each next one with the token the
     * page before returned, until a page returns none.
     *
     * @param <Q> the action's request type
     * @param <R> the action's response type: one page
     * @param <I> the type of a page's items
     * @param request the first page's request
     * @param call the client's method, e.g. {@code client::describeRuns}
     * @param callAsync the client's async method, e.g. {@code client::describeRunsAsync}
     * @param items the page's items, e.g. {@code DescribeRunsResponse::runs}
     * @param token the request's token
     * @param withToken a copy of a request with another token
     * @param nextToken the token of the page after this one, null or empty after the last page
     * @return the paginator, which has fetched nothing yet
     */
    public static <Q, R, I> Paginator<R, I> byToken(Q request, Function<Q, R> call,
            Function<Q, CompletableFuture<R>> callAsync, Function<R, List<I>> items, Function<Q, String> token,
            BiFunction<Q, String, Q> withToken, Function<R, String> nextToken) {
        Objects.requireNonNull(withToken, "withToken");
        Objects.requireNonNull(nextToken, "nextToken");
        String first = token.apply(request);
        return new Paginator<>(new Source<>(request, call, callAsync, () -> new TokenCursor<>(first, withToken, nextToken)),
                Objects.requireNonNull(items, "items"), DEFAULT_MAX_PAGES);
    }

    /**
     * This paginator with another bound on the pages one walk fetches; past it the walk throws
     * {@link PaginationException}. Throws {@link IllegalArgumentException} below 1.
     *
     * @param maxPages the most pages one walk fetches, at least 1
     * @return a paginator with that bound
     */
    public Paginator<R, I> maxPages(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, not " + maxPages);
        }
        return new Paginator<>(source, items, maxPages);
    }

    /**
     * The pages, each fetched when the iteration reaches it. {@code hasNext()} throws what the client's method
     * throws, and {@link PaginationException} past {@link #maxPages(int)} pages.
     *
     * @return an iterator over the pages
     */
    @Override
    public Iterator<R> iterator() {
        return source.pages(items, maxPages);
    }

    /**
     * The items of every page, in order, pages fetched as the stream reaches them; it throws as {@link #iterator()}.
     *
     * @return the items of all pages
     */
    public Stream<I> items() {
        return StreamSupport.stream(spliterator(), false).flatMap(page -> items.apply(page).stream());
    }

    /**
     * Walks the pages with the client's async method, handing each to {@code onPage} on the thread that completed
     * it; no thread waits for a page. The future completes after the last page, or fails with what the client's
     * async method fails with, with {@link PaginationException}, or with what {@code onPage} throws; the walk stops
     * there. Cancelling the future stops the walk before the next page.
     *
     * @param onPage what to do with each page
     * @return a future that completes after the last page
     */
    public CompletableFuture<Void> forEachPageAsync(Consumer<? super R> onPage) {
        Objects.requireNonNull(onPage, "onPage");
        CompletableFuture<Void> done = new CompletableFuture<>();
        source.walkAsync(items, maxPages, onPage, done);
        return done;
    }

    /**
     * {@link #forEachPageAsync} handing each item of each page to {@code onItem}, in order.
     *
     * @param onItem what to do with each item
     * @return a future that completes after the last page
     */
    public CompletableFuture<Void> forEachItemAsync(Consumer<? super I> onItem) {
        Objects.requireNonNull(onItem, "onItem");
        return forEachPageAsync(page -> items.apply(page).forEach(onItem));
    }

    private static long orElse(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    /** Where one walk stands: from the page answered to {@code sent}, the request of the next page, or null after the last. */
    private interface Cursor<Q, R> {
        Q next(Q sent, R page, int itemCount);
    }

    private static final class OffsetCursor<Q, R> implements Cursor<Q, R> {
        private final BiFunction<Q, Long, Q> withOffset;
        private final Function<R, Long> total;
        private long offset;

        OffsetCursor(long offset, BiFunction<Q, Long, Q> withOffset, Function<R, Long> total) {
            this.offset = offset;
            this.withOffset = withOffset;
            this.total = total;
        }

        @Override
        public Q next(Q sent, R page, int itemCount) {
            offset += itemCount;
            Long count = total.apply(page);
            return count != null && offset >= count ? null : withOffset.apply(sent, offset);
        }
    }

    private static final class PageCursor<Q, R> implements Cursor<Q, R> {
        private final long pagesBefore;
        private final Long pageSize;
        private final BiFunction<Q, Long, Q> withPage;
        private final Function<R, Long> total;
        private long page;
        /** The items up to the current page, counting those of the pages before the first one fetched; -1 before it. */
        private long itemsSoFar = -1;

        PageCursor(long page, long pagesBefore, Long pageSize, BiFunction<Q, Long, Q> withPage, Function<R, Long> total) {
            this.page = page;
            this.pagesBefore = pagesBefore;
            this.pageSize = pageSize;
            this.withPage = withPage;
            this.total = total;
        }

        @Override
        public Q next(Q sent, R response, int itemCount) {
            if (itemsSoFar < 0) {
                itemsSoFar = pagesBefore * (pageSize != null ? pageSize : itemCount);
            }
            itemsSoFar += itemCount;
            Long count = total.apply(response);
            return count != null && itemsSoFar >= count ? null : withPage.apply(sent, ++page);
        }
    }

    private static final class TokenCursor<Q, R> implements Cursor<Q, R> {
        private final BiFunction<Q, String, Q> withToken;
        private final Function<R, String> nextToken;
        private final Set<String> sent = new HashSet<>();

        TokenCursor(String first, BiFunction<Q, String, Q> withToken, Function<R, String> nextToken) {
            this.withToken = withToken;
            this.nextToken = nextToken;
            if (first != null) {
                sent.add(first);
            }
        }

        @Override
        public Q next(Q request, R page, int itemCount) {
            String token = nextToken.apply(page);
            // A token this walk already sent would only bring back pages it has had: a loop.
            return token == null || token.isEmpty() || !sent.add(token) ? null : withToken.apply(request, token);
        }
    }

    /** The first request and how to call it: what every walk starts from. */
    private static final class Source<Q, R> {
        private final Q first;
        private final Function<Q, R> call;
        private final Function<Q, CompletableFuture<R>> callAsync;
        private final Supplier<Cursor<Q, R>> cursors;

        Source(Q first, Function<Q, R> call, Function<Q, CompletableFuture<R>> callAsync, Supplier<Cursor<Q, R>> cursors) {
            this.first = Objects.requireNonNull(first, "request");
            this.call = Objects.requireNonNull(call, "call");
            this.callAsync = Objects.requireNonNull(callAsync, "callAsync");
            this.cursors = cursors;
        }

        Iterator<R> pages(Function<R, ? extends List<?>> items, int maxPages) {
            Walk<Q, R> walk = new Walk<>(first, cursors.get(), items, maxPages);
            return new Iterator<>() {
                private R ready;

                @Override
                public boolean hasNext() {
                    while (ready == null) {
                        Q request = walk.request();
                        if (request == null) {
                            return false;
                        }
                        R page = call.apply(request);
                        if (walk.accept(page)) {
                            ready = page;
                        }
                    }
                    return true;
                }

                @Override
                public R next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("no more pages");
                    }
                    R page = ready;
                    ready = null;
                    return page;
                }
            };
        }

        void walkAsync(Function<R, ? extends List<?>> items, int maxPages, Consumer<? super R> onPage,
                CompletableFuture<Void> done) {
            continueAsync(new Walk<>(first, cursors.get(), items, maxPages), onPage, done);
        }

        /** Fetches pages until one is still on its way; loops rather than nests while pages arrive already complete. */
        private void continueAsync(Walk<Q, R> walk, Consumer<? super R> onPage, CompletableFuture<Void> done) {
            while (!done.isDone()) {
                CompletableFuture<R> page;
                try {
                    Q request = walk.request();
                    if (request == null) {
                        done.complete(null);
                        return;
                    }
                    page = callAsync.apply(request);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                    return;
                }
                if (!page.isDone()) {
                    page.whenComplete((response, error) -> {
                        if (take(walk, response, error, onPage, done)) {
                            continueAsync(walk, onPage, done);
                        }
                    });
                    return;
                }
                R response;
                try {
                    response = page.join();
                } catch (CompletionException | CancellationException e) {
                    done.completeExceptionally(unwrapped(e));
                    return;
                }
                if (!take(walk, response, null, onPage, done)) {
                    return;
                }
            }
        }

        /** The failure of a page as the client's async method gave it, not the wrapper a dependent stage adds. */
        private static Throwable unwrapped(Throwable error) {
            return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        }

        /** Hands a page on; whether the walk goes on. */
        private static <Q, R> boolean take(Walk<Q, R> walk, R response, Throwable error, Consumer<? super R> onPage,
                CompletableFuture<Void> done) {
            if (error != null) {
                done.completeExceptionally(unwrapped(error));
                return false;
            }
            try {
                if (walk.accept(response)) {
                    onPage.accept(response);
                }
                return true;
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return false;
            }
        }
    }

    /** One walk over the pages: the request of the next page, and the guards against a server that never ends. */
    private static final class Walk<Q, R> {
        private final Cursor<Q, R> cursor;
        private final Function<R, ? extends List<?>> items;
        private final int maxPages;
        private Q next;
        private List<?> previousItems;
        private int pages;

        Walk(Q first, Cursor<Q, R> cursor, Function<R, ? extends List<?>> items, int maxPages) {
            this.next = first;
            this.cursor = cursor;
            this.items = items;
            this.maxPages = maxPages;
        }

        /** The request of the next page, or null when the walk is over. */
        Q request() {
            if (next != null && pages >= maxPages) {
                next = null;
                throw new PaginationException("the server had more than " + maxPages + " pages and was still not done;"
                        + " if it really has more, raise maxPages(...)");
            }
            return next;
        }

        /** Takes the page answered to {@link #request()}; whether it is one to hand on (a repeated page is not). */
        boolean accept(R page) {
            Q sent = next;
            pages++;
            List<?> list = page == null ? null : items.apply(page);
            if (list == null || list.isEmpty()) {
                next = null;
                return page != null;
            }
            if (list.equals(previousItems)) {
                next = null;
                return false;
            }
            previousItems = list;
            next = cursor.next(sent, page, list.size());
            return true;
        }
    }
}
