package dev.tcgen.generator.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.spec.YamlTreeReader;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The YAML reader's defences, case by case: aliases, alias bombs, nesting depth, file size. */
class YamlLimitsTest {

    /** Documents the Jackson YAML (2.22) behaviour that the reader relies on: an alias is not expanded. */
    @Test
    void jacksonYamlHandsOverAnAliasAsTheAnchorName() throws Exception {
        try (JsonParser parser = new YAMLFactory().createParser("a: &x {k: 1}\nb: *x\n")) {
            while (!"b".equals(parser.currentName()) || parser.currentToken() == JsonToken.FIELD_NAME) {
                parser.nextToken();
            }
            assertEquals(JsonToken.VALUE_STRING, parser.currentToken());
            assertEquals("x", parser.getText());
            assertTrue(((YAMLParser) parser).isCurrentAlias());
        }
    }

    @Test
    void anAliasIsALocatedProblemNotTheAnchorName() {
        Diagnostics diagnostics = new Diagnostics();
        new YamlTreeReader().read("f.yaml", "a: &t string\nb: *t\n", diagnostics);
        assertEquals(List.of("f.yaml:2:4: error: YAML alias '*t' is not supported in a spec; write the value out in full"),
                lines(diagnostics));
    }

    @Test
    void anAliasAsAKeyIsALocatedSyntaxError() {
        Diagnostics diagnostics = new Diagnostics();
        new YamlTreeReader().read("f.yaml", "a: &k key\n*k : 1\n", diagnostics);
        List<String> lines = lines(diagnostics);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("f.yaml:2:3: error: YAML syntax error: "), lines.get(0));
    }

    /** Billion laughs: 9 levels of 9 aliases would be 9^9 strings if expanded; here it stays as small as its text. */
    @Test
    void anAliasBombStaysSmallAndEveryAliasIsReported() {
        StringBuilder bomb = new StringBuilder("tcgen: 1\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("lol").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            bomb.append("]\n");
        }
        String text = bomb.toString();
        LoaderFuzzTest.assertTreeNoLargerThanText(text);
        Diagnostics diagnostics = new Diagnostics();
        new YamlTreeReader().read("bomb.yaml", text, diagnostics);
        assertEquals(81, diagnostics.problems().size());
        assertEquals("bomb.yaml:3:12: error: YAML alias '*l0' is not supported in a spec; write the value out in full",
                diagnostics.problems().get(0).toString());
        assertFalse(LoaderOracle.check(LoaderFuzzTest.bytes(text)).sources().isPresent());
    }

    @Test
    void nestingDeeperThanTheLimitIsALocatedSyntaxError() {
        for (String text : List.of(
                "tcgen: 1\nservice: " + "[".repeat(10_000),
                "tcgen: 1\nservice: " + "{a: ".repeat(300) + "1" + "}".repeat(300) + "\n",
                "tcgen: 1\nservice:\n" + blockNest(300))) {
            Diagnostics diagnostics = new Diagnostics();
            new YamlTreeReader().read("deep.yaml", text, diagnostics);
            List<String> lines = lines(diagnostics);
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).matches("deep\\.yaml:\\d+:\\d+: error: YAML syntax error: .*nesting depth.*"),
                    lines.get(0));
            assertFalse(LoaderOracle.check(LoaderFuzzTest.bytes(text)).sources().isPresent());
        }
    }

    @Test
    void nestingWithinTheLimitIsReadAndReportedByKind() {
        String text = LoaderFuzzTest.readRepoFile("spec/omics/2022-11-28.yaml")
                .replace("description: Job path", "description: " + "[".repeat(150) + "]".repeat(150));
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new YamlTreeReader().read("f.yaml", text, diagnostics).isPresent());
        assertFalse(diagnostics.hasErrors());
        assertFalse(LoaderOracle.check(LoaderFuzzTest.bytes(text)).sources().isPresent());
    }

    /** 17 M characters over short lines: SnakeYAML's code point limit stops it, at a location. */
    @Test
    void aFileBeyondTheCodePointLimitIsALocatedProblem() {
        String text = "tcgen: 1\nservice:\n  title: |\n" + ("    " + "x".repeat(60) + "\n").repeat(17 * 1024 * 1024 / 64);
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new YamlTreeReader().read("big.yaml", text, diagnostics).isEmpty());
        List<String> lines = lines(diagnostics);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("big\\.yaml:\\d+:\\d+: error: YAML syntax error: .*exceed.*"), lines.get(0));
    }

    /** One long line would take SnakeYAML quadratic time; it is refused before parsing, at its place. */
    @Test
    void aLineLongerThanTheLimitIsALocatedProblem() {
        String text = "tcgen: 1\nservice:\n  title: \"" + "x".repeat(4 * 1024 * 1024) + "\"\n";
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new YamlTreeReader().read("long.yaml", text, diagnostics).isEmpty());
        assertEquals(List.of("long.yaml:3:65537: error: the line is longer than 65536 characters; break it up"
                + " (a '|' or '>' block can span many lines)"), lines(diagnostics));
    }

    @Test
    void aLineAtTheLimitIsRead() {
        String text = "a: " + "x".repeat(64 * 1024 - 3) + "\r\nb: " + "y".repeat(64 * 1024 - 3);
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new YamlTreeReader().read("f.yaml", text, diagnostics).isPresent());
        assertEquals(List.of(), lines(diagnostics));
    }

    @Test
    void aLargeButAllowedDescriptionGenerates() {
        String text = LoaderFuzzTest.readRepoFile("spec/omics/2022-11-28.yaml")
                .replace("description: Job path", "description: >-\n" + "          word word word word\n".repeat(100_000));
        Optional<SortedMap<String, String>> sources = LoaderOracle.check(LoaderFuzzTest.bytes(text)).sources();
        assertTrue(sources.isPresent());
        assertTrue(sources.get().values().stream().anyMatch(s -> s.length() > 2_000_000));
    }

    private static String blockNest(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return text.append("  ".repeat(depth + 1)).append("v\n").toString();
    }

    private static List<String> lines(Diagnostics diagnostics) {
        return diagnostics.problems().stream().map(Problem::toString).toList();
    }
}
