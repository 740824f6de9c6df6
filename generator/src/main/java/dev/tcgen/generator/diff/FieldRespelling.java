package dev.tcgen.generator.diff;

import dev.tcgen.generator.model.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A field whose wire name changed only in case ({@code VpcId} → {@code VPCId}, {@code InstanceIds} →
 * {@code InstanceIDs}): one change, not a removal and an addition, that says whether the Java name moved too.
 * Either way it breaks: the wire is case-sensitive, so old bindings send or read the old spelling.
 */
final class FieldRespelling {

    private FieldRespelling() {}

    /**
     * Old wire name → the new field, for each old field gone whose spelling ignoring case is that of exactly one new
     * field that is new; ambiguous spellings stay a removal and an addition.
     */
    static Map<String, Field> pairs(List<Field> olds, List<Field> nows) {
        Set<String> oldNames = new HashSet<>();
        olds.forEach(field -> oldNames.add(field.wireName()));
        Set<String> newNames = new HashSet<>();
        nows.forEach(field -> newNames.add(field.wireName()));
        Map<String, List<Field>> gone = byLowerCase(olds.stream().filter(f -> !newNames.contains(f.wireName())).toList());
        Map<String, List<Field>> added = byLowerCase(nows.stream().filter(f -> !oldNames.contains(f.wireName())).toList());
        Map<String, Field> pairs = new HashMap<>();
        gone.forEach((key, fields) -> {
            List<Field> candidates = added.getOrDefault(key, List.of());
            if (fields.size() == 1 && candidates.size() == 1) {
                pairs.put(fields.get(0).wireName(), candidates.get(0));
            }
        });
        return pairs;
    }

    static String message(Field old, Field now) {
        String java = old.javaName().equals(now.javaName())
                ? "the Java name " + old.javaName() + "() is unchanged, but calls now send and read " + now.wireName()
                : "the Java name " + old.javaName() + "() is now " + now.javaName() + "()";
        return "wire name " + old.wireName() + " -> " + now.wireName() + "; " + java;
    }

    private static Map<String, List<Field>> byLowerCase(List<Field> fields) {
        Map<String, List<Field>> map = new HashMap<>();
        for (Field field : fields) {
            map.computeIfAbsent(field.wireName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(field);
        }
        return map;
    }
}
