package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Idempotency;
import dev.tcgen.generator.model.ReadOnlyNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in: the read-only rule and the import of retry keys against all 296 service versions of Tencent's command-line
 * tool. Run with {@code -Dtcgen.corpus=/path/to/shared/corpus}; without it the tests are skipped and say so.
 */
class IdempotencyCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** The corpus's {@code tccli} folder; skips the test, saying why, when it is not given or not there. */
    private static Path corpus() {
        String property = System.getProperty("tcgen.corpus");
        String reason = property == null || property.isBlank()
                ? "the Tencent corpus is not given: run with -Dtcgen.corpus=/path/to/shared/corpus to check the retry rules against it"
                : Files.isDirectory(Path.of(property, "tccli")) ? null : "the Tencent corpus is absent: no directory " + Path.of(property, "tccli");
        if (reason != null) {
            System.out.println("IdempotencyCorpusTest skipped: " + reason);
            Assumptions.abort(reason);
        }
        return Path.of(property, "tccli");
    }

    @Test
    void theReadOnlyRuleAcrossAllServiceVersions() throws IOException {
        int actions = 0;
        int readPrefix = 0;
        int readOnly = 0;
        int clientToken = 0;
        Map<String, Integer> byPrefix = new TreeMap<>();
        List<Path> apis;
        try (Stream<Path> files = Files.walk(corpus(), 3)) {
            apis = files.filter(p -> p.getFileName().toString().equals("api.json")).sorted().toList();
        }
        for (Path file : apis) {
            JsonNode api = JSON.readTree(file.toFile());
            String service = api.path("metadata").path("serviceShortName").asText();
            for (Map.Entry<String, JsonNode> action : api.path("actions").properties()) {
                String name = action.getKey();
                actions++;
                if (ReadOnlyNames.hasReadPrefix(name)) {
                    readPrefix++;
                    byPrefix.merge(ReadOnlyNames.PREFIXES.stream().filter(name::startsWith).findFirst().orElseThrow(), 1, Integer::sum);
                }
                if (ReadOnlyNames.isReadOnly(service, name)) {
                    readOnly++;
                }
                for (JsonNode member : api.path("objects").path(action.getValue().path("input").asText()).path("members")) {
                    if (member.path("name").asText().equals(Idempotency.CLIENT_TOKEN) && member.path("type").asText().equals("string")) {
                        clientToken++;
                    }
                }
            }
        }
        System.out.printf("corpus: %d service versions, %d actions; read prefix %d %s, read-only %d; ClientToken %d%n",
                apis.size(), actions, readPrefix, byPrefix, readOnly, clientToken);
        // The figures of the survey (tccli 3.1.155.1): two actions named like reads change state.
        assertEquals(296, apis.size());
        assertEquals(15_210, actions);
        assertEquals(Map.of("Describe", 5679, "Get", 381, "Inquire", 32, "Inquiry", 40, "List", 269, "Query", 172), byPrefix);
        assertEquals(readPrefix - 2, readOnly);
        assertEquals(78, clientToken);
    }

    @Test
    void theActionsTheSurveyNamesImportWithTheirKeys() throws Exception {
        Map<String, Idempotency> ess = imported("ess/v20201111", "CreateFlow", "CreateDocument", "StartFlow");
        // ClientToken "is no longer used" (CreateFlow, CreateDocument) or disabled (StartFlow): not a token.
        ess.values().forEach(idempotency -> assertFalse(idempotency.safeToRepeat(), ess::toString));

        Map<String, Idempotency> cvm = imported("cvm/v20170312", "RunInstances", "InquiryPriceRunInstances", "DescribeInstances");
        assertEquals(new Idempotency(false, false, "ClientToken", true), cvm.get("RunInstances"));
        assertEquals(new Idempotency(true, false, "ClientToken", true), cvm.get("InquiryPriceRunInstances"));
        assertEquals(new Idempotency(true, false, null, false), cvm.get("DescribeInstances"));

        assertEquals(new Idempotency(false, true, null, false), imported("cpdp/v20190820", "QueryMemberTransaction").get("QueryMemberTransaction"));
        assertEquals(new Idempotency(false, true, null, false), imported("rum/v20210622", "DescribeRumLogExportV2").get("DescribeRumLogExportV2"));
        // Described as deduplicated by AllocateId, but not named ClientToken: a note, no key.
        ImportResult tcb = importer("tcb/v20180608", "AllocateEnv");
        assertTrue(tcb.noteLines().stream().anyMatch(l -> l.startsWith("a string member described as idempotent") && l.endsWith("AllocateEnv.AllocateId")),
                tcb.noteLines()::toString);
        // A queue read that returns each status once is not read-only by name, nor declared: not retried.
        assertFalse(imported("sms/v20210111", "PullSmsSendStatus").get("PullSmsSendStatus").safeToRepeat());
    }

    private Map<String, Idempotency> imported(String serviceVersion, String... actions) throws Exception {
        ImportResult result = importer(serviceVersion, actions);
        return Fixtures.load(result.yaml(), temp, serviceVersion.replace('/', '-') + ".yaml").services().get(0).actions().stream()
                .collect(Collectors.toMap(Action::name, Action::idempotency));
    }

    private ImportResult importer(String serviceVersion, String... actions) throws Exception {
        TencentImporter.Sources sources = TencentImporter.read(corpus().resolve(serviceVersion).resolve("api.json"), null, null);
        return new TencentImporter().importSpec(sources, List.of(actions));
    }
}
