package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of the objects a streaming pass is in, to refuse a key an object repeats: with two values for one key,
 * which one a reader takes depends on the reader, so a forged half could win. Jackson's own
 * {@code STRICT_DUPLICATE_DETECTION} does the same but makes a hash set for every object of three keys or more
 * (measured: 2.5 bytes allocated per byte of a body of many small records); here the keys of all open objects share
 * one array, compared one by one (by their cached hashes first), and only an object of more than {@link #LINEAR_LIMIT}
 * keys gets a set: a record of the API has a few dozen fields, and a set for each of them cost more than the scan.
 */
final class RepeatedKeys {
    /** Beyond this many keys in one object, comparing each new key with all before it would be quadratic. */
    static final int LINEAR_LIMIT = 64;

    private String[] names = new String[32];

    private int size;

    /** Per open object, where its keys start in {@link #names}. */
    private int[] starts = new int[8];

    /** Per open object, its keys once there are too many to compare one by one; null before. */
    private Set<?>[] sets = new Set<?>[8];

    private int depth;

    /** An object was entered (its {@code START_OBJECT} read). */
    void enter() {
        if (depth == starts.length) {
            starts = Arrays.copyOf(starts, depth * 2);
            sets = Arrays.copyOf(sets, depth * 2);
        }
        starts[depth] = size;
        sets[depth] = null;
        depth++;
    }

    /** The innermost open object was left (its {@code END_OBJECT} read). */
    void leave() {
        depth--;
        size = starts[depth];
        sets[depth] = null;
    }

    /** Adds a key of the innermost open object; fails when that object already has it. */
    void add(String name) throws Envelope.Malformed {
        int start = starts[depth - 1];
        @SuppressWarnings("unchecked")
        Set<String> set = (Set<String>) sets[depth - 1];
        if (set == null) {
            int hash = name.hashCode();
            for (int i = start; i < size; i++) {
                if (names[i].hashCode() == hash && names[i].equals(name)) {
                    throw repeated(name);
                }
            }
            if (size - start < LINEAR_LIMIT) {
                if (size == names.length) {
                    names = Arrays.copyOf(names, size * 2);
                }
                names[size++] = name;
                return;
            }
            set = new HashSet<>(Arrays.asList(names).subList(start, size));
            sets[depth - 1] = set;
            size = start;
        }
        if (!set.add(name)) {
            throw repeated(name);
        }
    }

    /**
     * Moves past the value whose first token {@code parser} has just read, checking the keys of every object in it,
     * without building anything: strings are skipped undecoded, as {@code skipChildren} would.
     */
    void skip(JsonParser parser) throws IOException, Envelope.Malformed {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int open = 0;
        do {
            switch (token) {
                case START_OBJECT -> {
                    enter();
                    open++;
                }
                case START_ARRAY -> open++;
                case END_OBJECT -> {
                    leave();
                    open--;
                }
                case END_ARRAY -> open--;
                case FIELD_NAME -> add(parser.currentName());
                default -> {
                }
            }
            if (open == 0) {
                return;
            }
            token = parser.nextToken();
        } while (token != null);
    }

    private static Envelope.Malformed repeated(String name) {
        return new Envelope.Malformed("the body repeats the key \"" + ServerText.printable(name, 100)
                + "\" in one object, so which value counts is unclear");
    }
}
