package dev.tcgen.generator.model;

/**
 * How an action's answers come in pages, and so what its paginator moves and reads.
 *
 * @param methodName the client method that returns the paginator, e.g. {@code describeRunsPaginator}
 * @param position the request field the paginator moves from page to page: the offset, page number or token
 * @param size the request field of the page size ({@code limit} or {@code pageSize}); may be null for tokens
 * @param total the response field of the count of all items, or null when the action reports none
 * @param items the response list field of the page's items
 * @param nextToken the response field of the next page's token (token paging), otherwise null
 * @param firstPage the number of the service's first page (page-number paging: 0 or 1; otherwise 0)
 */
public record Pagination(
        Kind kind, String methodName, Field position, Field size, Field total, Field items, Field nextToken, long firstPage) {

    /** The three ways Tencent's actions page. */
    public enum Kind {
        /** An offset and a limit in, a total and the items out. */
        OFFSET,
        /** A page number and a page size in, a total and the items out. */
        PAGE,
        /** A token in, the items and the next token out. */
        TOKEN
    }

    /** The type of one item, e.g. the {@code Run} of {@code list<Run>}. */
    public FieldType itemType() {
        return ((FieldType.ListOf) items.type()).element();
    }
}
