package dev.tcgen.generator.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an action's {@code pagination}: which keys it may hold and that each names a field as a string. Whether
 * the keys fit together and the fields exist with fitting types is the model's check.
 */
final class PaginationReader {

    /** The keys that name a field, in the order the format documents them. */
    static final List<String> FIELD_KEYS = List.of("offset", "limit", "page", "pageSize", "token", "nextToken", "total", "items");

    static final Set<String> KEYS = Set.of(
            "offset", "limit", "page", "pageSize", "firstPage", "token", "nextToken", "total", "items");

    private PaginationReader() {}

    /** The pagination of {@code action} (e.g. {@code "action 'DescribeRuns'"}), when the key is there and a mapping. */
    static Optional<RawSpec.Pagination> read(KeyedMapping action, String what, Diagnostics diagnostics) {
        Optional<Node> node = action.node("pagination");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return KeyedMapping.of(node.get(), "the pagination of " + what, KEYS, diagnostics).map(m -> {
            Map<String, RawSpec.Located<String>> fields = new LinkedHashMap<>();
            for (String key : FIELD_KEYS) {
                m.string(key, false).ifPresent(value -> fields.put(key, value));
            }
            return new RawSpec.Pagination(fields, m.integer("firstPage").orElse(null), m.location());
        });
    }
}
