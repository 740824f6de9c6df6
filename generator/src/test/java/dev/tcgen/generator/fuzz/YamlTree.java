package dev.tcgen.generator.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A spec as plain, mutable Java values (maps, lists, scalars), so that mutations can delete, copy and
 * re-type whole nodes and the result is still well-formed YAML that reaches the model stage.
 * SnakeYAML (already on the class path through Jackson YAML) parses and prints it.
 */
final class YamlTree {

    private YamlTree() {}

    static Object parse(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    static String print(Object tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        // Long text is folded over lines, as people write it (and as the reader's line limit asks).
        options.setSplitLines(true);
        options.setWidth(120);
        // Deep nesting is a mutation on purpose; the printer must not be the one to give up.
        options.setMaxSimpleKeyLength(1024);
        // Control characters reach the loader as escaped strings, not as !!binary.
        options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(tree);
    }

    /** A deep copy, so that a duplicated node is printed in full rather than as a YAML alias. */
    @SuppressWarnings("unchecked")
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return node;
    }

    /** A place in the tree that holds a value: a mapping's key or a list's index. */
    record Slot(Object container, Object key) {

        @SuppressWarnings("unchecked")
        Object get() {
            return container instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }
    }

    /** Every slot below {@code root}, in document order; a slot's container is always a map or a list. */
    static List<Slot> slots(Object root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    private static void collect(Object node, List<Slot> slots) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                slots.add(new Slot(map, key));
                collect(map.get(key), slots);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(list, i));
                collect(list.get(i), slots);
            }
        }
    }
}
