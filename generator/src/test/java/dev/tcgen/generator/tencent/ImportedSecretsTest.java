package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The importer marks members named like secrets {@code sensitive}, and says so in a note. */
class ImportedSecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "Password, string, true",
        "AdminPassword, string, true",
        "PassWord, string, true",
        "ESUserPasswd, string, true",
        "DbPwd, string, true",
        "SecretKey, string, true",
        "TmpSecretKey, string, true",
        "PrivateKey, string, true",
        "SecretAccessKey, string, true",
        "ClientSecret, string, true",
        "Token, string, true",
        "SessionToken, string, true",
        "AccessToken, string, true",
        "ApiKey, string, true",
        "APIKey, string, true",
        "PrivateKeyPassword, string, true",
        "ClientToken, string, false",
        "CreationToken, string, false",
        "NextToken, string, false",
        "PageToken, string, false",
        "ScrollToken, string, false",
        "MaxInputToken, string, false",
        "NoSecret, boolean, false",
        "NeedResetPassword, boolean, false",
        "TotalTokens, integer, false",
        "TotalToken, integer, false",
        "SecretId, string, false",
        "SecretKeyId, string, false",
        "PasswordSetting, string, false",
        "Password, PasswordSetting, false",
        "Tokens, list<string>, false",
    })
    void secretsAreJudgedByNameAndType(String name, String type, boolean secret) {
        assertEquals(secret, SensitiveNames.isSecret(name, type));
    }

    @Test
    void importedSecretsAreSensitiveWithANoteAndPrintAsStars() throws Exception {
        JsonNode api = JSON.readTree("""
                {"version": "1.0",
                 "metadata": {"apiVersion": "2017-03-12", "serviceShortName": "demo", "serviceNameCN": "Demo"},
                 "actions": {"RunInstances": {"name": "Run", "document": "Runs.", "input": "RunInstancesRequest", "output": "RunInstancesResponse", "status": "online"}},
                 "objects": {
                   "RunInstancesRequest": {"type": "object", "members": [
                     {"name": "LoginSettings", "type": "object", "member": "LoginSettings"},
                     {"name": "ClientToken", "type": "string", "member": "string"}]},
                   "RunInstancesResponse": {"type": "object", "members": [
                     {"name": "TotalTokens", "type": "int", "member": "int64"},
                     {"name": "RequestId", "type": "string", "member": "string"}]},
                   "LoginSettings": {"usage": "in", "members": [
                     {"name": "Password", "type": "string", "member": "string", "example": "Hunter2!"},
                     {"name": "KeyIds", "type": "list", "member": "string"}]}
                 }}""");
        ImportResult result = new TencentImporter().importSpec(
                new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
        assertTrue(result.yaml().contains("      Password:\n        type: string\n        sensitive: true\n"), result.yaml());
        assertTrue(result.notes().contains(new ImportNote("member is named like a secret (password, key, token); marked"
                + " sensitive: toString prints *** and wire logs mask it", "LoginSettings.Password")), result.notes()::toString);
        assertEquals(1, result.notes().stream().filter(n -> n.what().startsWith("member is named like a secret")).count());

        Model model = Fixtures.load(result.yaml(), temp, "demo.yaml");
        Shape login = model.services().get(0).types().get(0);
        assertEquals(List.of("Password true", "KeyIds false"),
                login.fields().stream().map(f -> f.wireName() + " " + f.sensitive()).toList());
        assertTrue(model.services().get(0).actions().get(0).request().fields().stream().noneMatch(Field::sensitive));
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    /** Opt-in ({@code -Dtcgen.corpus=...}): how many members of the corpus the rule marks, with examples. */
    @Test
    void corpusCount() throws IOException {
        String folder = System.getProperty("tcgen.corpus");
        if (folder == null || !Files.isDirectory(Path.of(folder, "tccli"))) {
            System.out.println("ImportedSecretsTest.corpusCount: SKIPPED, no corpus (set -Dtcgen.corpus to the folder holding tccli/)");
            Assumptions.abort("no corpus: set -Dtcgen.corpus to the folder holding tccli/");
        }
        List<Path> apis;
        try (Stream<Path> files = Files.walk(Path.of(folder, "tccli"))) {
            apis = files.filter(p -> p.getFileName().toString().equals("api.json")).sorted().toList();
        }
        int members = 0;
        int flagged = 0;
        Map<String, Integer> byName = new TreeMap<>();
        List<String> notFlaggedTokens = new ArrayList<>();
        for (Path api : apis) {
            for (JsonNode object : (Iterable<JsonNode>) JSON.readTree(api.toFile()).path("objects")::elements) {
                for (JsonNode member : object.path("members")) {
                    members++;
                    String name = member.path("name").asText();
                    String type = member.path("type").asText().equals("string") && member.path("member").asText().equals("string")
                            ? "string" : "other";
                    if (SensitiveNames.isSecret(name, type)) {
                        flagged++;
                        byName.merge(name, 1, Integer::sum);
                    } else if (type.equals("string") && name.endsWith("Token") && !notFlaggedTokens.contains(name)) {
                        notFlaggedTokens.add(name);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "ImportedSecretsTest: %d members, %d marked sensitive, %d distinct names%n",
                members, flagged, byName.size());
        byName.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(30)
                .forEach(e -> System.out.println("  " + e.getKey() + " x" + e.getValue()));
        System.out.println("  string *Token members not marked: " + notFlaggedTokens);
        assertTrue(byName.containsKey("Password") && byName.containsKey("SecretKey") && byName.containsKey("PrivateKey"));
        assertTrue(!byName.containsKey("ClientToken") && !byName.containsKey("NextToken"));
    }
}
