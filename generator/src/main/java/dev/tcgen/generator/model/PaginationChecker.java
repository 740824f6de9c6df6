package dev.tcgen.generator.model;

import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.DidYouMean;
import dev.tcgen.generator.spec.RawSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an action's {@code pagination} against its fields: one kind of paging, the keys of that kind, and each
 * key naming a field of the right side (request or response) with a type that fits.
 */
final class PaginationChecker {

    /** Which keys each kind needs and allows, by the key that chooses the kind. */
    private record KindKeys(Pagination.Kind kind, List<String> required, List<String> optional, String says) {}

    private static final List<KindKeys> KINDS = List.of(
            new KindKeys(Pagination.Kind.OFFSET, List.of("offset", "limit", "items"), List.of("total"),
                    "offset and limit"),
            new KindKeys(Pagination.Kind.PAGE, List.of("page", "pageSize", "items"), List.of("total", "firstPage"),
                    "page number and page size"),
            new KindKeys(Pagination.Kind.TOKEN, List.of("token", "nextToken", "items"), List.of("limit"),
                    "a token in, the next token out"));

    private static final Set<String> REQUEST_KEYS = Set.of("offset", "limit", "page", "pageSize", "token");

    private final Diagnostics diagnostics;

    PaginationChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The action's pagination, or empty when it has none or it is wrong (reported). A name in {@code dropped} is a
     * field the spec declares but the model had to drop (already reported), so naming it is not reported again.
     */
    Optional<Pagination> check(RawSpec.Pagination raw, String action, Shape request, Shape response, Set<String> dropped) {
        if (raw == null) {
            return Optional.empty();
        }
        String what = "the pagination of action '" + action + "'";
        List<KindKeys> chosen = KINDS.stream().filter(k -> raw.fields().containsKey(k.required().get(0))).toList();
        if (chosen.isEmpty()) {
            diagnostics.error(raw.location(), what + " needs one of 'offset' (offset and limit), 'page' (page number and"
                    + " page size) or 'token' (a token in, the next token out)");
            return Optional.empty();
        }
        if (chosen.size() > 1) {
            diagnostics.error(raw.location(), what + " gives both '" + chosen.get(0).required().get(0) + "' and '"
                    + chosen.get(1).required().get(0) + "'; an action pages one way, keep one");
            return Optional.empty();
        }
        KindKeys kind = chosen.get(0);
        int before = diagnostics.count();
        for (String key : raw.fields().keySet()) {
            if (!kind.required().contains(key) && !kind.optional().contains(key)) {
                diagnostics.error(raw.fields().get(key).location(), "'" + key + "' does not belong in " + what
                        + ", which pages by " + kind.says() + "; it takes " + keys(kind));
            }
        }
        if (raw.firstPage() != null) {
            if (kind.kind() != Pagination.Kind.PAGE) {
                diagnostics.error(raw.firstPage().location(), "'firstPage' does not belong in " + what
                        + ", which pages by " + kind.says() + "; it takes " + keys(kind));
            } else if (raw.firstPage().value() != 0 && raw.firstPage().value() != 1) {
                diagnostics.error(raw.firstPage().location(), "'firstPage' in " + what + " is "
                        + raw.firstPage().value() + "; the first page is numbered 0 or 1");
            }
        }
        for (String key : kind.required()) {
            if (!raw.fields().containsKey(key)) {
                diagnostics.error(raw.location(), what + " pages by " + kind.says() + " and is missing '" + key + "' ("
                        + role(key) + ")");
            }
        }
        Field position = field(raw, kind.required().get(0), what, request, response, dropped);
        Field size = field(raw, kind.kind() == Pagination.Kind.PAGE ? "pageSize" : "limit", what, request, response, dropped);
        Field items = field(raw, "items", what, request, response, dropped);
        Field total = field(raw, "total", what, request, response, dropped);
        Field nextToken = field(raw, "nextToken", what, request, response, dropped);
        if (diagnostics.count() > before || position == null || items == null) {
            return Optional.empty();
        }
        long firstPage = kind.kind() == Pagination.Kind.PAGE
                ? (raw.firstPage() == null ? 1 : raw.firstPage().value()) : 0;
        return Optional.of(new Pagination(kind.kind(), Names.memberName(action + "Paginator"), position, size, total,
                items, nextToken, firstPage));
    }

    /** The field {@code key} names, checked; null when the key is absent or its field is wrong (reported). */
    private Field field(RawSpec.Pagination raw, String key, String what, Shape request, Shape response, Set<String> dropped) {
        RawSpec.Located<String> name = raw.fields().get(key);
        if (name == null) {
            return null;
        }
        boolean inRequest = REQUEST_KEYS.contains(key);
        Shape shape = inRequest ? request : response;
        Optional<Field> found = shape.fields().stream().filter(f -> f.wireName().equals(name.value())).findFirst();
        if (found.isEmpty()) {
            if (!dropped.contains(name.value())) {
                List<String> names = new ArrayList<>(shape.fields().stream().map(Field::wireName).toList());
                diagnostics.error(name.location(), "'" + key + "' in " + what + " names '" + name.value()
                        + "', which is not a " + (inRequest ? "request" : "response") + " field of the action"
                        + DidYouMean.closest(name.value(), names).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; declare it under '" + (inRequest ? "request" : "response") + "'"));
            }
            return null;
        }
        Field field = found.get();
        String expected = switch (key) {
            case "token", "nextToken" -> field.type() == FieldType.Primitive.STRING ? null : "a string";
            case "items" -> field.type() instanceof FieldType.ListOf ? null : "a list";
            default -> field.type() == FieldType.Primitive.INTEGER ? null : "an integer";
        };
        if (expected != null) {
            diagnostics.error(name.location(), "'" + key + "' in " + what + " names '" + name.value() + "', which is "
                    + field.type().specName() + "; " + role(key) + " must be " + expected);
            return null;
        }
        return field;
    }

    private static String keys(KindKeys kind) {
        List<String> all = new ArrayList<>(kind.required());
        all.addAll(kind.optional());
        return String.join(", ", all.stream().map(k -> "'" + k + "'").toList());
    }

    private static final Map<String, String> ROLES = Map.of(
            "offset", "the request field of the offset",
            "limit", "the request field of the page size",
            "page", "the request field of the page number",
            "pageSize", "the request field of the page size",
            "token", "the request field of the token",
            "nextToken", "the response field of the next token",
            "total", "the response field of the count of all items",
            "items", "the response list of the page's items");

    private static String role(String key) {
        return ROLES.get(key);
    }
}
