package dev.tcgen.runtime;

/**
 * A {@link Paginator} was about to fetch more pages than its bound allows: the server's pages did not end. Thrown
 * instead of ending the walk quietly, which would drop the items not fetched.
 */
public final class PaginationException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message}, which says how many pages were fetched.
     *
     * @param message the message
     */
    public PaginationException(String message) {
        super(message);
    }
}
