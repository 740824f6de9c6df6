package dev.tcgen.generator.tencent;

import dev.tcgen.generator.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every imported error code a Java constant of its own. Of the codes whose derived constants are one
 * ({@code InvalidParameter.ValueTooLarge} and {@code InvalidParameterValue.TooLarge} both give
 * {@code INVALID_PARAMETER_VALUE_TOO_LARGE}), the first in string order keeps it, so that the choice does not
 * hang on the order of Tencent's list; each other one is given an explicit {@code constant:} that keeps its dots as
 * double {@code _} ({@code INVALID_PARAMETER_VALUE__TOO_LARGE}), or, when that is taken too (a code without dots),
 * the derived constant with {@code _2}, {@code _3}, ... ({@code InvalidParameterConflict} beside
 * {@code InvalidParameter.Conflict}: {@code INVALID_PARAMETER_CONFLICT_2}). No derived constant is ever given away.
 */
final class DistinctConstants {

    /**
     * A code that needs an explicit constant.
     *
     * @param derivedBy the code that keeps the derived constant
     */
    record Given(String code, String constant, String derivedBy) {}

    private DistinctConstants() {}

    /** The codes among {@code codes} (valid, distinct, none deriving UNKNOWN) that need an explicit constant, in string order. */
    static List<Given> of(Set<String> codes) {
        List<String> ordered = codes.stream().sorted().toList();
        Map<String, String> owners = new HashMap<>();
        List<String> losers = new ArrayList<>();
        for (String code : ordered) {
            if (owners.putIfAbsent(Names.constantName(code), code) != null) {
                losers.add(code);
            }
        }
        List<Given> given = new ArrayList<>();
        for (String code : losers) {
            String derived = Names.constantName(code);
            String constant = Names.segmentedConstantName(code);
            for (int n = 2; owners.containsKey(constant); n++) {
                constant = derived + "_" + n;
            }
            owners.put(constant, code);
            given.add(new Given(code, constant, owners.get(derived)));
        }
        return List.copyOf(given);
    }
}
