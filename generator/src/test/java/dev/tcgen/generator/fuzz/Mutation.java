package dev.tcgen.generator.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change to a spec. Tree mutations keep the YAML well-formed (so the input reaches the model and emit
 * stages); text and byte mutations break it in the ways hands and tools do. Positions are fractions or
 * indices taken modulo the size, so that every mutation applies to every spec and shrinks well.
 */
sealed interface Mutation {

    /** Changes the tree in place. */
    sealed interface OfTree extends Mutation {
        void apply(Object root);
    }

    /** Changes the printed text. */
    sealed interface OfText extends Mutation {
        String apply(String text);
    }

    /** Removes a mapping entry or a list item. */
    record Delete(int at) implements OfTree {
        @Override
        public void apply(Object root) {
            YamlTree.Slot slot = pick(root, at);
            if (slot == null) {
                return;
            }
            if (slot.container() instanceof Map<?, ?> map) {
                map.remove(slot.key());
            } else {
                ((List<?>) slot.container()).remove((int) (Integer) slot.key());
            }
        }
    }

    /** Copies a node beside itself: a list item twice, a mapping entry under a second key. */
    record Duplicate(int at, Object newKey) implements OfTree {
        @Override
        @SuppressWarnings("unchecked")
        public void apply(Object root) {
            YamlTree.Slot slot = pick(root, at);
            if (slot == null) {
                return;
            }
            Object copy = YamlTree.copy(slot.get());
            if (slot.container() instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(newKey, copy);
            } else {
                ((List<Object>) slot.container()).add((Integer) slot.key(), copy);
            }
        }
    }

    /** Puts another value (another kind, a hostile scalar, a deep nest) where a node was. */
    record Replace(int at, Object value) implements OfTree {
        @Override
        public void apply(Object root) {
            YamlTree.Slot slot = pick(root, at);
            if (slot != null) {
                slot.set(YamlTree.copy(value));
            }
        }

        @Override
        public String toString() {
            return "Replace[at=" + at + ", value=" + abbreviate(String.valueOf(value)) + "]";
        }
    }

    /** Renames a mapping key, keeping the entry's place; a list item is left alone. */
    record RenameKey(int at, Object newKey) implements OfTree {
        @Override
        @SuppressWarnings("unchecked")
        public void apply(Object root) {
            YamlTree.Slot slot = pick(root, at);
            if (slot == null || !(slot.container() instanceof Map<?, ?> map)) {
                return;
            }
            Map<Object, Object> renamed = new LinkedHashMap<>();
            map.forEach((k, v) -> renamed.put(k.equals(slot.key()) ? newKey : k, v));
            Map<Object, Object> target = (Map<Object, Object>) map;
            target.clear();
            target.putAll(renamed);
        }

        @Override
        public String toString() {
            return "RenameKey[at=" + at + ", newKey=" + abbreviate(String.valueOf(newKey)) + "]";
        }
    }

    /** Adds an entry to the mapping at (or around) a node: unknown keys, or known keys in the wrong place. */
    record AddEntry(int at, Object key, Object value) implements OfTree {
        @Override
        @SuppressWarnings("unchecked")
        public void apply(Object root) {
            YamlTree.Slot slot = pick(root, at);
            Object target = slot == null ? root : slot.get() instanceof Map<?, ?> ? slot.get() : slot.container();
            if (target instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, YamlTree.copy(value));
            } else if (target instanceof List<?> list) {
                ((List<Object>) list).add(YamlTree.copy(value));
            }
        }

        @Override
        public String toString() {
            return "AddEntry[at=" + at + ", key=" + abbreviate(String.valueOf(key)) + ", value="
                    + abbreviate(String.valueOf(value)) + "]";
        }
    }

    /** Cuts the text off, as an interrupted save or copy does. */
    record Truncate(double fraction) implements OfText {
        @Override
        public String apply(String text) {
            return text.substring(0, offset(text, fraction));
        }
    }

    /** Inserts raw text: YAML punctuation, tabs, anchors, aliases, tags, control characters. */
    record Insert(double fraction, String snippet) implements OfText {
        @Override
        public String apply(String text) {
            int at = offset(text, fraction);
            return text.substring(0, at) + snippet + text.substring(at);
        }
    }

    /** Deletes, duplicates (so keys repeat), swaps or tab-indents one line. */
    record LineEdit(double fraction, Kind kind) implements OfText {
        enum Kind {
            DELETE,
            DUPLICATE,
            SWAP_WITH_NEXT,
            INDENT_WITH_TAB
        }

        @Override
        public String apply(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int i = Math.min(lines.size() - 1, (int) (fraction * lines.size()));
            switch (kind) {
                case DELETE -> lines.remove(i);
                case DUPLICATE -> lines.add(i, lines.get(i));
                case SWAP_WITH_NEXT -> {
                    if (i + 1 < lines.size()) {
                        String line = lines.get(i);
                        lines.set(i, lines.get(i + 1));
                        lines.set(i + 1, line);
                    }
                }
                case INDENT_WITH_TAB -> lines.set(i, lines.get(i).replaceFirst("^ {1,2}", "\t"));
            }
            return String.join("\n", lines);
        }
    }

    private static YamlTree.Slot pick(Object root, int at) {
        List<YamlTree.Slot> slots = YamlTree.slots(root);
        return slots.isEmpty() ? null : slots.get(Math.floorMod(at, slots.size()));
    }

    private static int offset(String text, double fraction) {
        int at = (int) (fraction * text.length());
        at = Math.max(0, Math.min(text.length(), at));
        // Never split a surrogate pair: the file is written as UTF-8, and half a pair is not text at all.
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        return at;
    }

    static String abbreviate(String text) {
        String oneLine = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 100) + "…(" + oneLine.length() + " chars)";
    }
}
