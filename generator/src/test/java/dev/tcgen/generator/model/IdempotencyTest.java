package dev.tcgen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the model decides whether an action may be sent again after an unknown outcome. */
class IdempotencyTest {

    @TempDir
    Path temp;

    /** One service holding the actions given as {@code name -> extra YAML lines} (indented four spaces). */
    private Map<String, Idempotency> resolve(String service, Map<String, String> actions) {
        StringBuilder spec = new StringBuilder("""
                tcgen: 1
                service:
                  name: %s
                  version: "2020-01-01"
                  host: demo.tencentcloudapi.com
                actions:
                """.formatted(service));
        actions.forEach((name, extra) -> spec.append("  ").append(name).append(":\n")
                .append("    description: Does it.\n")
                .append("    regionRequired: false\n")
                .append(extra.indent(4)));
        Map<String, Idempotency> resolved = new LinkedHashMap<>();
        Fixtures.load(spec.toString(), temp, service + ".yaml").services().get(0).actions()
                .forEach(a -> resolved.put(a.name(), a.idempotency()));
        return resolved;
    }

    @Test
    void withoutKeysTheNameAndAStringClientTokenFieldDecide() {
        Map<String, Idempotency> resolved = resolve("demo", Map.of(
                "DescribeThings", "",
                "CreateThing", "request:\n  ClientToken: {type: string}\n",
                "DeleteThing", "request:\n  ThingId: {type: string}\n",
                "ModifyThing", "request:\n  ClientToken: {type: integer}\n",
                "InquiryPriceRunThing", "request:\n  ClientToken: {type: string}\n"));
        assertEquals(new Idempotency(true, false, null, false), resolved.get("DescribeThings"));
        assertEquals(new Idempotency(false, false, "ClientToken", false), resolved.get("CreateThing"));
        assertEquals(new Idempotency(false, false, null, false), resolved.get("DeleteThing"));
        // Only a string field is a token: an integer ClientToken is an ordinary parameter.
        assertEquals(new Idempotency(false, false, null, false), resolved.get("ModifyThing"));
        assertEquals(new Idempotency(true, false, "ClientToken", false), resolved.get("InquiryPriceRunThing"));
        assertFalse(resolved.get("DeleteThing").safeToRepeat());
        assertTrue(resolved.get("CreateThing").safeToRepeat());
    }

    @Test
    void theSpecKeysOverrideBothInferences() {
        Map<String, Idempotency> resolved = resolve("demo", Map.of(
                "DescribeAndAdvanceCursor", "idempotent: false\n",
                "ResetCounter", "idempotent: true\n",
                "AllocateEnv", "idempotencyToken: AllocateId\nrequest:\n  AllocateId: {type: string}\n  ClientToken: {type: string}\n",
                "StartFlow", "idempotencyToken: false\nrequest:\n  ClientToken: {type: string}\n",
                "CreateThing", "idempotencyToken: ClientToken\nrequest:\n  ClientToken: {type: string, required: true}\n"));
        assertEquals(new Idempotency(false, true, null, false), resolved.get("DescribeAndAdvanceCursor"));
        assertFalse(resolved.get("DescribeAndAdvanceCursor").safeToRepeat());
        assertEquals(new Idempotency(true, true, null, false), resolved.get("ResetCounter"));
        assertEquals(new Idempotency(false, false, "AllocateId", true), resolved.get("AllocateEnv"));
        assertEquals(new Idempotency(false, false, null, true), resolved.get("StartFlow"));
        assertFalse(resolved.get("StartFlow").safeToRepeat());
        assertEquals(new Idempotency(false, false, "ClientToken", true), resolved.get("CreateThing"));
        assertEquals("declared idempotent: false; no idempotency token", resolved.get("DescribeAndAdvanceCursor").explanation());
        assertEquals("not read-only by name; declared idempotencyToken: false", resolved.get("StartFlow").explanation());
    }

    @Test
    void actionsNamedLikeReadsThatChangeStateAreKnownExceptionsOfTheirService() {
        Map<String, Idempotency> cpdp = resolve("cpdp", Map.of("QueryMemberTransaction", "", "QueryMemberBind", ""));
        assertFalse(cpdp.get("QueryMemberTransaction").idempotent(), "it moves money");
        assertTrue(cpdp.get("QueryMemberBind").idempotent());
        // The exception belongs to the service whose action it is.
        assertTrue(resolve("other", Map.of("QueryMemberTransaction", "")).get("QueryMemberTransaction").idempotent());
        // A spec key still decides.
        assertTrue(resolve("cpdp", Map.of("QueryMemberTransaction", "idempotent: true\n")).get("QueryMemberTransaction").idempotent());
        assertFalse(resolve("rum", Map.of("DescribeRumLogExportV2", "")).get("DescribeRumLogExportV2").idempotent());
    }

    @ParameterizedTest
    @CsvSource({
        "DescribeInstances, true", "Describe, true", "GetRunCalls, true", "Get3DModel, true", "Get_Url, true",
        "ListKeys, true", "Query, true", "QueryApiKey, true", "InquiryPriceRunInstances, true", "InquirePriceRenew, true",
        "Getaway, false", "Listen, false", "Queryable, false", "Inquirer, false", "Describes, false",
        "CreateInstances, false", "SearchLogs, false", "PullSmsSendStatus, false", "BatchDescribeThings, false",
        "DescribleRules, false"})
    void readPrefixesMustBeWholeWords(String action, boolean readOnly) {
        assertEquals(readOnly, ReadOnlyNames.hasReadPrefix(action), action);
    }
}
