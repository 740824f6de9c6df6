package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a sandbox pages its answers to a paginated action: the canned answer holds every item, and each request gets
 * the slice its offset, page number or token asks for, with the total set to the count of all items and, for
 * tokens, the next token (the offset of the next item, as text) while items remain. Without a limit or page size
 * a page holds {@value #DEFAULT_PAGE_SIZE} items, Tencent's usual default.
 */
public final class SandboxPaging {

    /** How many items a page holds when the request gives no limit or page size. */
    public static final long DEFAULT_PAGE_SIZE = 20;

    private SandboxPaging() {
    }

    /**
     * {@code parameters} without the position and size of the page, so that a canned answer fits every page of the
     * same query.
     *
     * @param parameters the request parameters, a JSON object
     * @param paging how the action pages
     * @return a copy without the page's position and size
     */
    public static JsonNode withoutPosition(JsonNode parameters, SandboxRules.Paging paging) {
        ObjectNode copy = (ObjectNode) parameters.deepCopy();
        copy.remove(paging.position());
        if (paging.size() != null) {
            copy.remove(paging.size());
        }
        return copy;
    }

    /**
     * Why the request's position or size is refused, or null when they are good (their types are already
     * checked): a negative offset, a page before the first, a size below 1, or a token this sandbox did not give.
     *
     * @param parameters the request parameters, a JSON object
     * @param paging how the action pages
     * @return the violation, or null
     */
    public static SandboxRules.Violation check(JsonNode parameters, SandboxRules.Paging paging) {
        JsonNode position = parameters.get(paging.position());
        JsonNode size = paging.size() == null ? null : parameters.get(paging.size());
        if (size != null && !size.isNull() && size.asLong() < 1) {
            return invalid(paging.size(), "must be at least 1", size);
        }
        if (position == null || position.isNull()) {
            return null;
        }
        return switch (paging.kind()) {
            case OFFSET -> position.asLong() < 0 ? invalid(paging.position(), "must not be negative", position) : null;
            case PAGE -> position.asLong() < paging.firstPage()
                    ? invalid(paging.position(), "must be at least " + paging.firstPage(), position) : null;
            case TOKEN -> position.asText().isEmpty() || position.asText().matches("[0-9]{1,9}") ? null
                    : invalid(paging.position(), "is not a token this sandbox gave", position);
        };
    }

    /**
     * The page of {@code response} (the canned answer) that {@code parameters} ask for; an error is answered whole.
     *
     * @param response the canned answer, holding every item
     * @param parameters the request parameters, a JSON object
     * @param paging how the action pages
     * @return a copy of the answer with the requested page of items
     */
    public static ObjectNode page(ObjectNode response, JsonNode parameters, SandboxRules.Paging paging) {
        ObjectNode page = response.deepCopy();
        if (!(page.get(paging.items()) instanceof ArrayNode all) || page.has("Error")) {
            return page;
        }
        JsonNode position = parameters.get(paging.position());
        JsonNode sizeNode = paging.size() == null ? null : parameters.get(paging.size());
        long size = sizeNode == null || sizeNode.isNull() ? DEFAULT_PAGE_SIZE : Math.max(1, sizeNode.asLong());
        long from;
        if (position == null || position.isNull() || position.asText().isEmpty()) {
            from = 0;
        } else {
            from = switch (paging.kind()) {
                case OFFSET -> position.asLong();
                case PAGE -> {
                    long pagesBefore = position.asLong() - paging.firstPage();
                    yield pagesBefore > Long.MAX_VALUE / size ? Long.MAX_VALUE : pagesBefore * size;
                }
                case TOKEN -> Long.parseLong(position.asText());
            };
        }
        int start = (int) Math.min(all.size(), from);
        int end = (int) Math.min(all.size(), start + Math.min(size, (long) all.size()));
        ArrayNode slice = page.arrayNode();
        for (int i = start; i < end; i++) {
            slice.add(all.get(i));
        }
        page.set(paging.items(), slice);
        if (paging.total() != null) {
            page.put(paging.total(), all.size());
        }
        if (paging.nextToken() != null) {
            if (end < all.size()) {
                page.put(paging.nextToken(), String.valueOf(end));
            } else {
                page.remove(paging.nextToken());
            }
        }
        return page;
    }

    private static SandboxRules.Violation invalid(String field, String rule, JsonNode value) {
        return new SandboxRules.Violation("InvalidParameterValue",
                "The value of parameter `" + field + "` " + rule + ", not " + value + ".");
    }
}
