package dev.tcgen.generator.tencent;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Infers an action's {@code pagination} from the names and types of its fields, as Tencent's actions page:
 * conservatively, so that a wrong paginator is rarer than a missing one. Each inference, and each action that takes
 * a paging parameter but is left without, is reported as a note.
 *
 * <ul>
 *   <li>offset: integers {@code Offset} and {@code Limit} in; an integer {@code TotalCount} or {@code Total} and
 *       exactly one list out;</li>
 *   <li>page number: an integer {@code PageNumber}, {@code PageNo}, {@code PageIndex} or {@code Page} and an integer
 *       {@code PageSize} or {@code Limit} in; an integer {@code TotalCount}, {@code Total} or {@code TotalNum} and
 *       exactly one list out; numbered from 1 unless the page's description says from 0;</li>
 *   <li>token: a string {@code NextToken}, {@code NextMarker}, {@code Marker}, {@code ScrollId} or {@code Cursor} in,
 *       the same or {@code Next}-prefixed string and exactly one list out; {@code MaxResults}, {@code Limit},
 *       {@code PageSize} or {@code Size} as its limit when it is an integer.</li>
 * </ul>
 */
final class PaginationInference {

    private static final List<String> OFFSET_TOTALS = List.of("TotalCount", "Total");
    private static final List<String> PAGES = List.of("PageNumber", "PageNo", "PageIndex", "Page");
    private static final List<String> PAGE_SIZES = List.of("PageSize", "Limit");
    private static final List<String> PAGE_TOTALS = List.of("TotalCount", "Total", "TotalNum");
    private static final List<String> TOKENS = List.of("NextToken", "NextMarker", "Marker", "ScrollId", "Cursor");
    private static final List<String> TOKEN_LIMITS = List.of("MaxResults", "Limit", "PageSize", "Size");

    /** Descriptions that say page numbers count from 0, in Tencent's Chinese or English. */
    private static final Pattern FROM_ZERO = Pattern.compile(
            "从\\s*0\\s*开始|起始值?为\\s*0|(?i:from 0|starts? (at|with) 0|0-based|zero-based)");

    private static final String INTEGER = "integer";
    private static final String STRING = "string";

    private final List<ImportNote> notes;

    PaginationInference(List<ImportNote> notes) {
        this.notes = notes;
    }

    /** The pagination of {@code action}, when its fields page in one of the three ways. */
    Optional<SpecDocument.Pagination> infer(String action, List<SpecDocument.Field> request, List<SpecDocument.Field> response) {
        List<SpecDocument.Field> lists = response.stream().filter(f -> f.type().startsWith("list<")).toList();
        String items = lists.size() == 1 ? lists.get(0).name() : null;
        if (field(request, "Offset").isPresent()) {
            return offset(action, request, response, items);
        }
        Optional<SpecDocument.Field> page = PAGES.stream().map(name -> field(request, name)).flatMap(Optional::stream).findFirst();
        if (page.isPresent()) {
            return page(action, request, response, items, page.get());
        }
        Optional<SpecDocument.Field> token = TOKENS.stream().map(name -> field(request, name)).flatMap(Optional::stream).findFirst();
        if (token.isPresent()) {
            return token(action, request, response, items, token.get());
        }
        return Optional.empty();
    }

    private Optional<SpecDocument.Pagination> offset(String action, List<SpecDocument.Field> request,
            List<SpecDocument.Field> response, String items) {
        Optional<String> offset = typed(request, "Offset", INTEGER);
        Optional<String> limit = typed(request, "Limit", INTEGER);
        Optional<String> total = first(response, OFFSET_TOTALS, INTEGER);
        String missing = offset.isEmpty() ? "Offset is not an integer"
                : limit.isEmpty() ? "no integer Limit beside Offset"
                : total.isEmpty() ? "no integer TotalCount or Total in the response"
                : items == null ? "not exactly one list in the response" : null;
        if (missing != null) {
            notMatched(action, "Offset", missing);
            return Optional.empty();
        }
        notes.add(new ImportNote("pagination inferred: offset and limit; check it",
                action + " (" + offset.get() + ", " + limit.get() + ", " + total.get() + ", " + items + ")"));
        return Optional.of(new SpecDocument.Pagination("offset", offset.get(), limit.get(), null, total.get(), items, null));
    }

    private Optional<SpecDocument.Pagination> page(String action, List<SpecDocument.Field> request,
            List<SpecDocument.Field> response, String items, SpecDocument.Field page) {
        Optional<String> size = first(request, PAGE_SIZES, INTEGER);
        Optional<String> total = first(response, PAGE_TOTALS, INTEGER);
        String missing = !page.type().equals(INTEGER) ? page.name() + " is not an integer"
                : size.isEmpty() ? "no integer PageSize or Limit beside " + page.name()
                : total.isEmpty() ? "no integer TotalCount, Total or TotalNum in the response"
                : items == null ? "not exactly one list in the response" : null;
        if (missing != null) {
            notMatched(action, page.name(), missing);
            return Optional.empty();
        }
        boolean fromZero = page.description() != null && FROM_ZERO.matcher(page.description()).find();
        notes.add(new ImportNote(fromZero
                ? "pagination inferred: page number and size, from page 0 as its description says; check it"
                : "pagination inferred: page number and size, from page 1; check it",
                action + " (" + page.name() + ", " + size.get() + ", " + total.get() + ", " + items + ")"));
        return Optional.of(new SpecDocument.Pagination("page", page.name(), size.get(), fromZero ? 0L : null, total.get(),
                items, null));
    }

    private Optional<SpecDocument.Pagination> token(String action, List<SpecDocument.Field> request,
            List<SpecDocument.Field> response, String items, SpecDocument.Field token) {
        String base = token.name().startsWith("Next") ? token.name().substring(4) : token.name();
        Optional<String> next = first(response, List.of(token.name(), "Next" + base), STRING);
        String missing = !token.type().equals(STRING) ? token.name() + " is not a string"
                : next.isEmpty() ? "no string " + token.name() + " or Next" + base + " in the response"
                : items == null ? "not exactly one list in the response" : null;
        if (missing != null) {
            notMatched(action, token.name(), missing);
            return Optional.empty();
        }
        Optional<String> limit = first(request, TOKEN_LIMITS, INTEGER);
        notes.add(new ImportNote("pagination inferred: a token in, the next token out; check it",
                action + " (" + token.name() + ", " + next.get() + ", " + items + ")"));
        return Optional.of(new SpecDocument.Pagination("token", token.name(), limit.orElse(null), null, null, items,
                next.get()));
    }

    private void notMatched(String action, String parameter, String why) {
        notes.add(new ImportNote("takes a paging parameter, but no pagination was inferred (add one by hand if it pages)",
                action + " (" + parameter + ": " + why + ")"));
    }

    private static Optional<SpecDocument.Field> field(List<SpecDocument.Field> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static Optional<String> typed(List<SpecDocument.Field> fields, String name, String type) {
        return field(fields, name).filter(f -> f.type().equals(type)).map(SpecDocument.Field::name);
    }

    private static Optional<String> first(List<SpecDocument.Field> fields, List<String> names, String type) {
        return names.stream().map(name -> typed(fields, name, type)).flatMap(Optional::stream).findFirst();
    }
}
