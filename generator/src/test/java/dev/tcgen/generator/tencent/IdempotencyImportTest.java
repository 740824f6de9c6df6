package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Idempotency;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys {@code idempotent} and {@code idempotencyToken} an import writes, and the notes that say why. */
class IdempotencyImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** An api.json of {@code service} whose actions take the given request members (JSON objects, comma-separated). */
    private static JsonNode api(String service, Map<String, String> actions) throws Exception {
        StringBuilder actionsJson = new StringBuilder();
        StringBuilder objects = new StringBuilder();
        actions.forEach((name, members) -> {
            String separator = actionsJson.length() == 0 ? "" : ",";
            actionsJson.append(separator).append("""
                    "%1$s": {"name": "%1$s", "document": "Does %1$s.", "input": "%1$sRequest", "output": "%1$sResponse"}
                    """.formatted(name));
            objects.append(separator).append("""
                    "%1$sRequest": {"type": "object", "members": [%2$s]},
                    "%1$sResponse": {"type": "object", "members": [{"name": "RequestId", "type": "string", "member": "string"}]}
                    """.formatted(name, members));
        });
        return JSON.readTree("""
                {"metadata": {"apiVersion": "2020-01-01", "serviceShortName": "%s"},
                 "actions": {%s},
                 "objects": {%s}}""".formatted(service, actionsJson, objects));
    }

    private static ImportResult importApi(JsonNode api) throws Exception {
        return new TencentImporter().importSpec(new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
    }

    /** Actions in the order given: {@code name, members, name, members, ...}. */
    private static Map<String, String> ordered(String... namesAndMembers) {
        Map<String, String> actions = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMembers.length; i += 2) {
            actions.put(namesAndMembers[i], namesAndMembers[i + 1]);
        }
        return actions;
    }

    private static String member(String name, String type, String extra) {
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"member\": \"" + type + "\"" + extra + "}";
    }

    @Test
    void aClientTokenFieldIsWrittenAsTheTokenUnlessTheSourceRetiresIt() throws Exception {
        ImportResult result = importApi(api("demo", ordered(
                "CreateThing", member("ClientToken", "string", ", \"document\": \"用于保证请求幂等性的字符串。\"")
                        + "," + member("Name", "string", ""),
                "CreateFlow", member("ClientToken", "string", ", \"document\": \"<p>该字段已不再使用</p>\""),
                "StartFlow", member("ClientToken", "string", ", \"disabled\": true, \"document\": \"客户端Token，保持接口幂等性\""),
                "AllocateEnv", member("AllocateId", "string", ", \"document\": \"<p>分配请求ID，会按这个值做幂等</p>\""),
                "DescribeThings", member("Limit", "int", ""))));

        Map<String, SpecDocument.Action> actions = result.document().actions().stream()
                .collect(Collectors.toMap(SpecDocument.Action::name, a -> a));
        assertEquals("ClientToken", actions.get("CreateThing").idempotencyToken());
        assertEquals(SpecDocument.Action.NO_TOKEN, actions.get("CreateFlow").idempotencyToken());
        assertEquals(SpecDocument.Action.NO_TOKEN, actions.get("StartFlow").idempotencyToken());
        assertEquals(null, actions.get("AllocateEnv").idempotencyToken(), "a description alone does not make a token");
        // Read-only names get no key: the name says it.
        assertEquals(null, actions.get("DescribeThings").idempotent());
        assertEquals(null, actions.get("DescribeThings").idempotencyToken());
        assertTrue(result.yaml().contains("    regionRequired: true\n    idempotencyToken: ClientToken\n"), result.yaml());
        assertTrue(result.yaml().contains("    regionRequired: true\n    idempotencyToken: false\n"), result.yaml());

        List<String> lines = result.noteLines();
        assertTrue(lines.contains("ClientToken is the idempotency token (the client fills it once per call when unset and sends"
                + " it with every attempt); idempotencyToken: ClientToken written (1): CreateThing"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ClientToken is disabled or described as no longer used")
                && l.endsWith("(2): CreateFlow, StartFlow")), lines::toString);
        assertTrue(lines.contains("a string member described as idempotent (幂等) is not taken as the idempotency token; set"
                + " idempotencyToken by hand if the server deduplicates by it (1): AllocateEnv.AllocateId"), lines::toString);

        // What was written is what the model resolves.
        Map<String, Idempotency> model = resolved(result);
        assertEquals(new Idempotency(false, false, "ClientToken", true), model.get("CreateThing"));
        assertEquals(new Idempotency(false, false, null, true), model.get("CreateFlow"));
        assertEquals(new Idempotency(false, false, null, true), model.get("StartFlow"));
        assertEquals(new Idempotency(false, false, null, false), model.get("AllocateEnv"));
        assertEquals(new Idempotency(true, false, null, false), model.get("DescribeThings"));
    }

    @Test
    void anActionNamedLikeAReadThatChangesStateIsWrittenNotIdempotent() throws Exception {
        ImportResult result = importApi(api("cpdp", ordered(
                "QueryMemberTransaction", member("TranAmt", "string", ""),
                "QueryMemberBind", member("SubAcctNo", "string", ""))));
        assertTrue(result.yaml().contains("  QueryMemberTransaction:\n    title: QueryMemberTransaction\n"
                + "    description: Does QueryMemberTransaction.\n    regionRequired: true\n    idempotent: false\n"), result.yaml());
        assertTrue(result.noteLines().contains("named like a read-only action, but known to change state; idempotent: false"
                + " written (1): QueryMemberTransaction (it moves money between member accounts)"), result.noteLines()::toString);
        Map<String, Idempotency> model = resolved(result);
        assertFalse(model.get("QueryMemberTransaction").safeToRepeat());
        assertEquals(new Idempotency(false, true, null, false), model.get("QueryMemberTransaction"));
        assertTrue(model.get("QueryMemberBind").safeToRepeat());
    }

    @Test
    void theWriterQuotesATokenYamlWouldMisread() throws Exception {
        SpecDocument document = new SpecDocument(null, new SpecDocument.Service("demo", "2020-01-01", "demo.tencentcloudapi.com", null),
                List.of(new SpecDocument.Action("CreateThing", null, "Creates.", false,
                        List.of(new SpecDocument.Field("true", "string", false, null, null)), List.of(), List.of(), List.of(),
                        true, "true", null)),
                List.of(), List.of());
        String yaml = SpecYamlWriter.write(document);
        assertTrue(yaml.contains("    idempotent: true\n    idempotencyToken: \"true\"\n"), yaml);
        Action action = Fixtures.load(yaml, temp, "quoted.yaml").services().get(0).actions().get(0);
        assertEquals(new Idempotency(true, true, "true", true), action.idempotency());
    }

    private Map<String, Idempotency> resolved(ImportResult result) {
        Model model = Fixtures.load(result.yaml(), temp, "imported.yaml");
        Fixtures.assertCompilesWithoutWarnings(model);
        return model.services().get(0).actions().stream().collect(Collectors.toMap(Action::name, Action::idempotency));
    }
}
