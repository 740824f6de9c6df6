package dev.tcgen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: the member naming rule over every member of every object of the Tencent corpus
 * ({@code -Dtcgen.corpus=/path/to/shared/corpus}). Reports how many Java names the leading-acronym rule changed,
 * with examples, and whether it makes two members of one object collide where the previous rule did not.
 */
class CorpusNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void leadingAcronymRuleOverTheCorpus() throws IOException {
        String folder = System.getProperty("tcgen.corpus");
        if (folder == null || !Files.isDirectory(Path.of(folder, "tccli"))) {
            System.out.println("CorpusNamesTest: SKIPPED, no corpus (set -Dtcgen.corpus to the folder holding tccli/)");
            Assumptions.abort("no corpus: set -Dtcgen.corpus to the folder holding tccli/");
        }
        List<Path> apis;
        try (Stream<Path> files = Files.walk(Path.of(folder, "tccli"))) {
            apis = files.filter(p -> p.getFileName().toString().equals("api.json")).sorted().toList();
        }
        int members = 0;
        Map<String, String> changed = new TreeMap<>();
        List<String> newCollisions = new ArrayList<>();
        int oldCollisions = 0;
        for (Path api : apis) {
            String service = api.getParent().getParent().getFileName() + "/" + api.getParent().getFileName();
            JsonNode objects = JSON.readTree(api.toFile()).path("objects");
            for (Map.Entry<String, JsonNode> object : iterable(objects)) {
                Map<String, String> byNewName = new HashMap<>();
                Map<String, String> byOldName = new HashMap<>();
                for (JsonNode member : object.getValue().path("members")) {
                    String wire = member.path("name").asText("");
                    if (!Names.isValidWireName(wire)) {
                        continue;
                    }
                    members++;
                    String now = Names.memberName(wire);
                    String before = PreviousRule.memberName(wire);
                    if (!now.equals(before)) {
                        changed.putIfAbsent(wire, before + " -> " + now);
                    }
                    String oldClash = byOldName.putIfAbsent(before, wire);
                    if (oldClash != null && !oldClash.equals(wire)) {
                        oldCollisions++;
                    }
                    String clash = byNewName.putIfAbsent(now, wire);
                    if (clash != null && !clash.equals(wire) && (oldClash == null || oldClash.equals(wire))) {
                        newCollisions.add(service + " " + object.getKey() + ": " + clash + " and " + wire + " -> " + now);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "CorpusNamesTest: %d api.json, %d members, %d distinct wire names renamed,"
                + " %d collisions before, %d new collisions%n", apis.size(), members, changed.size(), oldCollisions, newCollisions.size());
        changed.entrySet().stream().limit(25).forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
        newCollisions.forEach(c -> System.out.println("  new collision: " + c));
        errorCodeConstants(Path.of(folder, "error-codes.json"));
        assertTrue(apis.size() >= 296, "the corpus holds 296 service versions, found " + apis.size());
        assertEquals("iPv6Addresses -> ipv6Addresses", changed.get("IPv6Addresses"));
    }

    /** The constants of the corpus's error codes, before and after, and whether two codes of a version now share one. */
    private static void errorCodeConstants(Path errorCodes) throws IOException {
        Map<String, String> changed = new TreeMap<>();
        Map<String, String> constants = new HashMap<>();
        Map<String, String> previousConstants = new HashMap<>();
        List<String> newCollisions = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(errorCodes.toFile())) {
            String code = entry.path("code").asText();
            if (!Names.isValidErrorCode(code)) {
                continue;
            }
            String version = entry.path("productName").asText() + "@" + entry.path("productVersion").asText() + ":";
            String now = Names.constantName(code);
            String before = PreviousRule.constantName(code);
            if (!now.equals(before)) {
                changed.putIfAbsent(code, before + " -> " + now);
            }
            String previousClash = previousConstants.putIfAbsent(version + before, code);
            String clash = constants.putIfAbsent(version + now, code);
            if (clash != null && !clash.equals(code) && (previousClash == null || previousClash.equals(code))) {
                newCollisions.add(version + " " + clash + " and " + code + " -> " + now);
            }
        }
        System.out.printf(Locale.ROOT, "CorpusNamesTest: %d distinct error codes get another constant, %d new collisions%n",
                changed.size(), newCollisions.size());
        changed.entrySet().stream().limit(10).forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
        newCollisions.forEach(c -> System.out.println("  new collision: " + c));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode objects) {
        return objects.properties();
    }

    /** The rule before leading acronyms kept their version and plural: {@code IPv6Addresses} → {@code iPv6Addresses}. */
    private static final class PreviousRule {
        static String constantName(String code) {
            List<String> parts = new ArrayList<>();
            for (String segment : code.split("\\.")) {
                words(segment).forEach(word -> parts.add(word.toUpperCase(Locale.ROOT)));
            }
            return String.join("_", parts);
        }

        static String memberName(String wireName) {
            List<String> words = words(wireName);
            StringBuilder name = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i).toLowerCase(Locale.ROOT);
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return Names.escape(name.toString());
        }

        private static List<String> words(String wireName) {
            List<String> words = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < wireName.length(); i++) {
                char c = wireName.charAt(i);
                if (c == '_') {
                    flush(current, words);
                    continue;
                }
                if (Character.isUpperCase(c) && current.length() > 0) {
                    char previous = wireName.charAt(i - 1);
                    boolean afterLowerOrDigit = Character.isLowerCase(previous) || Character.isDigit(previous);
                    boolean acronymEnds = Character.isUpperCase(previous) && i + 1 < wireName.length()
                            && Character.isLowerCase(wireName.charAt(i + 1));
                    if (afterLowerOrDigit || acronymEnds) {
                        flush(current, words);
                    }
                }
                current.append(c);
            }
            flush(current, words);
            return words;
        }

        private static void flush(StringBuilder current, List<String> words) {
            if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
            }
        }
    }
}
