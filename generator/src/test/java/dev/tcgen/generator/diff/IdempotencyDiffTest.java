package dev.tcgen.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to whether an action may be sent again after an unknown outcome, in the style of {@link ModelDiffTest}. */
class IdempotencyDiffTest {

    /** A small spec; each test changes one thing in it (the placeholders are empty lines by default). */
    private static final String BASE = """
            tcgen: 1
            service:
              name: demo
              version: "2020-01-01"
              host: demo.tencentcloudapi.com
            actions:
              DescribeThings:
                description: Lists things.
                regionRequired: false
            %s
              CreateThing:
                description: Creates a thing.
                regionRequired: true
            %s
                request:
                  Name:
                    type: string
                  ClientToken:
                    type: string
                  OtherToken:
                    type: string
              DeleteThing:
                description: Deletes a thing.
                regionRequired: true
            %s
                request:
                  Id:
                    type: string
                    required: true
            """;

    @TempDir
    Path temp;

    private int files;

    private static String spec(String describe, String create, String delete) {
        return BASE.formatted(describe.indent(4).stripTrailing(), create.indent(4).stripTrailing(), delete.indent(4).stripTrailing());
    }

    private static final String UNCHANGED = spec("", "", "");

    @Test
    void theSameSafetyHasNoChanges() {
        assertEquals(List.of(), diff(UNCHANGED, UNCHANGED));
    }

    @Test
    void aReadDeclaredNotIdempotentLosesSafetyAndBreaks() {
        List<Change> changes = diff(UNCHANGED, spec("idempotent: false", "", ""));
        assertEquals(List.of("breaking retry-safety-lost DescribeThings"), summary(changes));
        assertEquals("no longer sent again after an unknown outcome (sent, then a timeout, reset or 5xx), so such calls now"
                + " fail: was read-only by name; no idempotency token, now declared idempotent: false; no idempotency token",
                changes.get(0).message());
    }

    @Test
    void aTokenDeclaredAwayOrItsFieldRemovedLosesSafetyAndBreaks() {
        assertEquals(List.of("breaking retry-safety-lost CreateThing"),
                summary(diff(UNCHANGED, spec("", "idempotencyToken: false", ""))));
        List<Change> removed = diff(UNCHANGED, UNCHANGED.replace("      ClientToken:\n        type: string\n", ""));
        assertEquals(List.of("breaking retry-safety-lost CreateThing", "breaking field-removed CreateThing.request.ClientToken"),
                summary(removed));
        assertTrue(removed.get(0).message().endsWith("was not read-only by name; idempotency token ClientToken (a string"
                + " ClientToken field), now not read-only by name; no idempotency token"), removed.get(0).message());
    }

    @Test
    void gainingSafetyIsCompatible() {
        assertEquals(List.of("compatible retry-safety-gained DeleteThing"),
                summary(diff(UNCHANGED, spec("", "", "idempotent: true"))));
        // Going back is the breaking direction.
        assertEquals(List.of("breaking retry-safety-lost DeleteThing"),
                summary(diff(spec("", "", "idempotent: true"), UNCHANGED)));
    }

    @Test
    void anotherTokenOrAnIdempotentFlagBesideATokenKeepsSafetyAndIsCompatible() {
        assertEquals(List.of("compatible idempotency-token-changed CreateThing"),
                summary(diff(UNCHANGED, spec("", "idempotencyToken: OtherToken", ""))));
        assertEquals(List.of("compatible idempotent-changed CreateThing"),
                summary(diff(UNCHANGED, spec("", "idempotent: true", ""))));
        assertEquals(List.of("compatible idempotent-changed CreateThing", "compatible idempotency-token-changed CreateThing"),
                summary(diff(spec("", "idempotent: true", ""), spec("", "idempotencyToken: OtherToken", ""))));
    }

    @Test
    void declaringWhatWasInferredIsReportedAsCompatible() {
        List<Change> changes = diff(UNCHANGED, spec("idempotent: true", "idempotencyToken: ClientToken", ""));
        assertEquals(List.of("compatible idempotency-declaration-changed DescribeThings",
                "compatible idempotency-declaration-changed CreateThing"), summary(changes));
        assertEquals("retry safety unchanged, now declared idempotent: true; no idempotency token (was read-only by name;"
                + " no idempotency token)", changes.get(0).message());
    }

    private List<Change> diff(String older, String newer) {
        return ModelDiff.compare(load(older), load(newer));
    }

    private Model load(String yaml) {
        return Fixtures.load(yaml, temp, "spec" + (files++) + ".yaml");
    }

    private static List<String> summary(List<Change> changes) {
        return changes.stream().map(c -> c.severity().label() + " " + c.rule() + " " + c.subject()).toList();
    }
}
