package dev.tcgen.generator.fuzz;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The hostile values the fuzzer puts into specs: names, scalars, types, nests and raw text. */
final class FuzzValues {

    private FuzzValues() {}

    /** Names that have broken code generators: keywords, java.lang and helper clashes, paths, case twins. */
    static final List<String> HOSTILE_NAMES = List.of(
            "record", "var", "yield", "sealed", "permits", "class", "int", "default", "null", "true", "_", "__",
            "String", "Object", "Override", "Builder", "builder", "build", "toBuilder", "toString", "hashCode",
            "getClass", "equals", "UNKNOWN", "Unknown", "OmicsClient", "OmicsErrorCode", "GetRunCallsRequest",
            "RunUUID", "RunUuid", "runUuid", "RUN_UUID", "Foo", "foo", "FOO", "RequestId", "requestId", "Calls",
            "RunMetadata", "runMetadata", "../x", "a/b", "a\\b", "..", ".", "a.b", "a b", "", " ", "1abc",
            "Größe", "größe", "名字", "Ünïcödé", "Ω", "ǅ", "İ", "ı", "ß", "\uD83D\uDE00", "x\u0000y", "x\ny",
            "x\u001B[31mred", "x\u2028y", "\uFEFFBom", "*/", "/*", "\\u000a", "$", "a$b", "<T>", "@Name");

    static final List<String> TYPE_TEXTS = List.of(
            "string", "boolean", "integer", "float", "timestamp", "json", "list<string>", "list<RunMetadata>",
            "RunMetadata", "runMetadata", "list<list<list<list<list<list<list<list<list<string>>>>>>>>>",
            "list<list<list<list<list<list<list<list<string>>>>>>>>", "list<", "list<>", "list<list<>>", "<>",
            "list<RunMetadata", "list< RunMetadata >", "map<string,string>", "List<String>", "Long", "int",
            "object", "any", "list<list<json>>", "list<timestamp>", "STRING", "string ", "strnig", "");

    static final List<String> SNIPPETS = List.of(
            "\t", "\t\t", " ", "\n", "\r\n", "\r", ":", ": ", "- ", "? ", "{", "}", "[", "]", "\"", "'", "|", ">",
            "#", "&a ", "*a", "&a [x] ", "*undefined", "<<: *a\n", "!!binary ", "!!str ", "!!int ", "!!float ",
            "!!timestamp ", "!!set ", "!!omap ", "!!python/object ", "!foo ", "%YAML 1.2\n", "---\n", "...\n",
            "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\uFEFF", "\uD800", "\uDC00",
            "\uD83D\uDE00", "Größe", "名字", "\\", "\\u0000", "%", "@", "`", ",", "~", "null", "9999999999999999999999",
            "1e400", ".nan", "-.inf", "0x1F", "0o17", "2022-11-28", "2022-11-28T10:00:00Z");

    static Arbitrary<String> names() {
        return Arbitraries.frequencyOf(
                weighted(6, Arbitraries.of(HOSTILE_NAMES)),
                weighted(2, Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(1).ofMaxLength(12)),
                weighted(1, Arbitraries.strings().all().ofMaxLength(8).map(FuzzValues::wellFormed)),
                weighted(1, Arbitraries.integers().between(65, 3000).map(n -> "N" + "a".repeat(n))));
    }

    /** Keys for a mapping: mostly text, sometimes what YAML reads as a number, boolean or null. */
    /** Lone surrogates cannot be written as UTF-8 (nor printed by SnakeYAML); they become '?', as on disk. */
    static String wellFormed(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    static Arbitrary<Object> keys() {
        return Arbitraries.frequencyOf(
                weighted(8, names().map(s -> (Object) s)),
                weighted(1, Arbitraries.of(0, -1, 3.5, true, BigInteger.TEN.pow(30))),
                weighted(1, Arbitraries.of("type", "required", "description", "example", "fields", "request",
                        "response", "errors", "examples", "rateLimit", "regionRequired", "service", "actions", "types",
                        "commonErrors", "tcgen", "title", "name", "version", "host", "<<", "requried", "Type")));
    }

    static Arbitrary<Object> scalars() {
        return Arbitraries.frequencyOf(
                weighted(4, names().map(s -> (Object) s)),
                weighted(3, Arbitraries.of(TYPE_TEXTS).map(s -> (Object) s)),
                weighted(2, Arbitraries.strings().all().ofMaxLength(40).map(s -> (Object) wellFormed(s))),
                weighted(1, Arbitraries.integers().between(1_000, 300_000).map(n -> (Object) "lorem ipsum ".repeat(n / 12))),
                weighted(1, Arbitraries.integers().between(60_000, 70_000).map(n -> (Object) "x".repeat(n))),
                weighted(2, Arbitraries.of(0, 1, -1, 2, 20, 1_000_001, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
                        BigInteger.TEN.pow(40), 0.5, 1e308, -0.0, Double.NaN, Double.POSITIVE_INFINITY)),
                weighted(1, Arbitraries.of(true, false)),
                weighted(1, Arbitraries.just(null)),
                weighted(1, Arbitraries.of("{}", "{\"Response\": {}}", "{\"Response\": {\"Error\": {}}}", "[1,2",
                        "{\"RunUuid\": 1}", "{\"Calls\": [{\"CallName\": 3}]}", "\"", "{\"a\":" + "[".repeat(3000))
                        .map(s -> (Object) s)));
    }

    /** Any value: a scalar, a small mapping or list, or a deep nest. */
    static Arbitrary<Object> values() {
        return Arbitraries.frequencyOf(
                weighted(6, scalars()),
                weighted(1, Arbitraries.just((Object) new LinkedHashMap<>())),
                weighted(1, Arbitraries.just((Object) new ArrayList<>())),
                weighted(1, Combinators.combine(keys(), scalars()).as(FuzzValues::mapOf)),
                weighted(1, scalars().list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l))),
                weighted(1, Combinators.combine(Arbitraries.integers().between(2, 400), Arbitraries.of(true, false))
                        .as(FuzzValues::nest)));
    }

    static Object mapOf(Object key, Object value) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    /** {@code depth} levels of mappings or lists around a string. */
    static Object nest(int depth, boolean mappings) {
        Object node = "deep";
        for (int i = 0; i < depth; i++) {
            if (mappings) {
                node = mapOf("k", node);
            } else {
                List<Object> list = new ArrayList<>();
                list.add(node);
                node = list;
            }
        }
        return node;
    }

    static Arbitrary<Mutation.OfTree> treeMutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 10_000);
        return Arbitraries.oneOf(
                at.map(Mutation.Delete::new),
                Combinators.combine(at, keys()).as(Mutation.Duplicate::new),
                Combinators.combine(at, values()).as(Mutation.Replace::new),
                Combinators.combine(at, keys()).as(Mutation.RenameKey::new),
                Combinators.combine(at, keys(), values()).as(Mutation.AddEntry::new));
    }

    static Arbitrary<Mutation.OfText> textMutations() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        return Arbitraries.frequencyOf(
                weighted(1, fraction.map(Mutation.Truncate::new)),
                weighted(3, Combinators.combine(fraction, Arbitraries.oneOf(Arbitraries.of(SNIPPETS),
                        Arbitraries.strings().all().ofMaxLength(6))).as(Mutation.Insert::new)),
                weighted(3, Combinators.combine(fraction, Arbitraries.of(Mutation.LineEdit.Kind.class))
                        .as(Mutation.LineEdit::new)));
    }

    /** A jqwik frequency pair, spelled briefly. */
    static <T> Tuple.Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }
}
