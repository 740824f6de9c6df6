package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Example;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TencentImporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void getRunCallsAloneFromTheEnglishFilesIsEquivalentToTheHandWrittenSpec() throws Exception {
        Model imported = Fixtures.load(Fixtures.importOmics("en", "GetRunCalls").yaml(), temp, "imported.yaml");
        Model handWritten = Fixtures.load(Fixtures.handWrittenOmicsSpec());

        Set<String> onlyHandWritten = new TreeSet<>(facts(handWritten));
        onlyHandWritten.removeAll(facts(imported));
        Set<String> onlyImported = new TreeSet<>(facts(imported));
        onlyImported.removeAll(facts(handWritten));

        // The intended differences, and why.
        Set<String> expectedOnlyHandWritten = new TreeSet<>(List.of(
                // The English revision predates WorkDir, which the service returns now.
                "field RunMetadata.WorkDir string optional",
                // The API document says Region is not required and the limit is 20/s; api.json says neither.
                "action GetRunCalls regionRequired=false rateLimit=20",
                // The hand-written spec knows these strings hold JSON text; api.json calls them strings.
                "field RunMetadata.Input json optional",
                "field RunMetadata.Output json optional",
                "field RunMetadata.ErrorMessage json optional",
                "field RunMetadata.Runtime json optional",
                "field RunMetadata.Meta json optional"));
        // The API document lists the action's codes; the error-code list only says which codes the service has.
        for (String code : handWrittenActionCodes()) {
            expectedOnlyHandWritten.add("action GetRunCalls error " + code);
        }
        Set<String> expectedOnlyImported = new TreeSet<>(List.of(
                "action GetRunCalls regionRequired=true rateLimit=null",
                "field RunMetadata.Input string optional",
                "field RunMetadata.Output string optional",
                "field RunMetadata.ErrorMessage string optional",
                "field RunMetadata.Runtime string optional",
                "field RunMetadata.Meta string optional"));
        // The hand-written spec declares only the codes GetRunCalls returns; the import declares all 46.
        for (JsonNode entry : JSON.readTree(Fixtures.tencent("omics-error-codes.json").toFile())) {
            String code = entry.path("code").asText();
            if (!handWrittenActionCodes().contains(code)) {
                expectedOnlyImported.add("error " + code);
            }
        }
        assertEquals(expectedOnlyHandWritten, onlyHandWritten);
        assertEquals(expectedOnlyImported, onlyImported);

        // Examples: the same requests; the responses differ only where the English file has newer sample values.
        List<Example> handExamples = handWritten.services().get(0).actions().get(0).examples();
        List<Example> importedExamples = imported.services().get(0).actions().get(0).examples();
        assertEquals(handExamples.size(), importedExamples.size());
        for (int i = 0; i < handExamples.size(); i++) {
            assertEquals(JSON.readTree(handExamples.get(i).requestJson()), JSON.readTree(importedExamples.get(i).requestJson()));
            assertEquals(withoutSampleValues(handExamples.get(i).responseJson()),
                    withoutSampleValues(importedExamples.get(i).responseJson()));
        }
    }

    @Test
    void aSubsetPullsInExactlyTheTypesItsActionsReach() throws Exception {
        ImportResult result = Fixtures.importOmics("en", "CreateEnvironment", "GetRunCalls");
        assertEquals(List.of("CreateEnvironment", "GetRunCalls"),
                result.document().actions().stream().map(SpecDocument.Action::name).toList());
        // CreateEnvironment's Config is an EnvironmentConfig, which holds the options (and ClusterOption the quota
        // and limit range); GetRunCalls returns RunMetadata.
        assertEquals(Set.of("EnvironmentConfig", "VPCOption", "ClusterOption", "ResourceQuota", "LimitRange",
                        "DatabaseOption", "StorageOption", "CVMOption", "SecurityGroupOption", "RunMetadata"),
                result.document().types().stream().map(SpecDocument.Type::name).collect(Collectors.toSet()));
        Fixtures.load(result.yaml(), temp, "subset.yaml");
    }

    @Test
    void anUnknownActionIsRefusedWithAHint() {
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.importOmics("en", "GetRunCall"));
        assertEquals("api.json has no action 'GetRunCall'; did you mean 'GetRunCalls'?", e.getMessage());
    }

    @Test
    void theOutputIsDeterministic() throws Exception {
        assertEquals(Fixtures.importOmics("tccli").yaml(), Fixtures.importOmics("tccli").yaml());
    }

    @Test
    void theEnglishRevisionImportsWholeAndItsBindingsCompile() throws Exception {
        Model model = importsWhole("en");
        assertEquals(20, model.services().get(0).actions().size());
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    @Test
    void theTccliRevisionImportsWholeAndItsBindingsCompile() throws Exception {
        Model model = importsWhole("tccli");
        Service service = model.services().get(0);
        assertEquals(32, service.actions().size());
        assertEquals(113, service.actions().size() * 2 + service.types().size());
        assertEquals(531, fieldCount(service));
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    /** Imports a whole revision and checks the model has every action, object and member of the source. */
    private Model importsWhole(String revision) throws Exception {
        ImportResult result = Fixtures.importOmics(revision);
        Model model = Fixtures.load(result.yaml(), temp, revision + ".yaml");
        JsonNode api = JSON.readTree(Fixtures.tencent(revision + "/api.json").toFile());
        Service service = model.services().get(0);
        assertEquals(api.path("actions").size(), service.actions().size());
        assertEquals(api.path("objects").size(), service.actions().size() * 2 + service.types().size());
        int members = StreamSupport.stream(api.path("objects").spliterator(), false).mapToInt(o -> o.path("members").size()).sum();
        assertEquals(members, fieldCount(service));
        assertEquals(46, service.errors().size());
        return model;
    }

    @Test
    void whatTheSpecCannotExpressIsReported() throws Exception {
        List<ImportNote> notes = Fixtures.importOmics("en").notes();
        assertTrue(notes.contains(new ImportNote("member is marked disabled; kept, as the spec cannot mark a field disabled",
                "ApplicationVersion.GitInfo")), notes::toString);
        assertTrue(notes.contains(new ImportNote("whether Region is required is not in the source; regionRequired: true assumed",
                "GetRunCalls")));
        assertTrue(notes.contains(new ImportNote("member is always returned (output_required); the spec cannot say so",
                "GetRunCallsResponse.Calls")));
        List<ImportNote> tccli = Fixtures.importOmics("tccli").notes();
        // '无' ("none") where an integer example belongs
        assertTrue(tccli.contains(new ImportNote("member example is not a valid integer; dropped", "HPCInstance.CPU")), tccli::toString);
        assertTrue(tccli.contains(new ImportNote("service metadata has no place in the spec; dropped", "metadata.api_brief")));
    }

    @Test
    void clashingNamesAndOddMembersAreRenamedOrDroppedAndReported() throws Exception {
        ObjectNode api = (ObjectNode) JSON.readTree("""
                {"version": "1.0",
                 "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo", "serviceNameCN": "Demo"},
                 "actions": {"Get": {"name": "Get it", "document": "Gets.", "input": "GetRequest", "output": "GetResponse", "status": "online"}},
                 "objects": {
                   "GetRequest": {"type": "object", "members": [
                     {"name": "Filter", "type": "object", "member": "Object", "required": true, "document": "A filter."},
                     {"name": "Bad-Name", "type": "string", "member": "string"},
                     {"name": "When", "type": "string", "member": "datetime_iso", "example": "2020-01-01 00:00:00"},
                     {"name": "Limit", "type": "int", "member": "int64", "example": "10", "enums": [1, 2]}]},
                   "GetResponse": {"type": "object", "members": [
                     {"name": "Items", "type": "list", "member": "String", "output_required": true},
                     {"name": "Client", "type": "object", "member": "DemoClient"},
                     {"name": "RequestId", "type": "string", "member": "string"}]},
                   "Object": {"usage": "in", "members": [{"name": "Name", "type": "string", "member": "string", "required": true}]},
                   "String": {"usage": "out", "members": [{"name": "Value", "type": "float", "member": "float", "example": "1.5"}]},
                   "DemoClient": {"usage": "out", "members": [{"name": "Id", "type": "bool", "member": "bool", "example": "True"}]}
                 }}""");
        ImportResult result = new TencentImporter().importSpec(
                new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
        assertEquals(List.of("ObjectInfo", "StringInfo", "DemoClientInfo"),
                result.document().types().stream().map(SpecDocument.Type::name).toList());
        List<String> lines = result.noteLines();
        String renamed = "object renamed, as its name would clash with a Java or generated class name or is not a valid type"
                + " name (the wire is unchanged) (3): Object -> ObjectInfo, String -> StringInfo, DemoClient -> DemoClientInfo";
        assertTrue(lines.contains(renamed), lines::toString);
        assertTrue(lines.contains("member name is not a valid spec field name (a letter, then letters, digits or '_'); member dropped (1): GetRequest.Bad-Name"), lines::toString);
        assertTrue(lines.contains("member example is not a valid timestamp; dropped (1): GetRequest.When"), lines::toString);
        assertTrue(lines.contains("member attribute 'enums' has no place in the spec; dropped (1): GetRequest.Limit"), lines::toString);

        Model model = Fixtures.load(result.yaml(), temp, "demo.yaml");
        Action get = model.services().get(0).actions().get(0);
        assertEquals(List.of("Filter ObjectInfo required", "When timestamp optional", "Limit integer optional"),
                get.request().fields().stream().map(f -> f.wireName() + " " + f.type().specName() + (f.required() ? " required" : " optional")).toList());
        assertEquals("10", get.request().fields().get(2).example());
        Shape stringInfo = model.services().get(0).types().get(1);
        assertEquals("1.5", stringInfo.fields().get(0).example());
        assertEquals("true", model.services().get(0).types().get(2).fields().get(0).example());
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    @Test
    void anActionBesideItsAsyncNamesakeImportsAndItsBindingsCompile() throws Exception {
        JsonNode api = JSON.readTree("""
                {"metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo"},
                 "actions": {
                   "ExportAsync": {"document": "Starts an export.", "input": "ExportAsyncRequest", "output": "ExportAsyncResponse"},
                   "Export": {"document": "Exports.", "input": "ExportRequest", "output": "ExportResponse"}},
                 "objects": {
                   "ExportAsyncRequest": {"members": [{"name": "Id", "type": "string", "member": "string"}]},
                   "ExportAsyncResponse": {"members": [{"name": "TaskId", "type": "string", "member": "string"}]},
                   "ExportRequest": {"members": [{"name": "Id", "type": "string", "member": "string"}]},
                   "ExportResponse": {"members": [{"name": "Data", "type": "string", "member": "string"}]}}}""");
        ImportResult result = new TencentImporter().importSpec(
                new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
        Model model = Fixtures.load(result.yaml(), temp, "demo.yaml");
        assertEquals(List.of("ExportAsync exportAsync exportAsyncAsync", "Export export exportAsync_"),
                model.services().get(0).actions().stream()
                        .map(a -> a.name() + " " + a.methodName() + " " + a.asyncMethodName()).toList());
        assertTrue(result.noteLines().contains("the async client method gets a trailing '_', as another action's own method"
                + " has its name (1): Export (exportAsync_)"), result.noteLines()::toString);
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    @Test
    void ofMembersThatDifferOnlyInCaseTheEnabledOneIsKept() throws Exception {
        JsonNode api = JSON.readTree("""
                {"metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo"},
                 "actions": {"Get": {"document": "Gets.", "input": "GetRequest", "output": "GetResponse"}},
                 "objects": {
                   "GetRequest": {"members": [
                     {"name": "InstanceID", "type": "string", "member": "string", "disabled": true, "required": true},
                     {"name": "InstanceId", "type": "string", "member": "string", "disabled": false, "required": true}]},
                   "GetResponse": {"members": [
                     {"name": "Item", "type": "object", "member": "Item"},
                     {"name": "ZoneId", "type": "int", "member": "int64"},
                     {"name": "ZoneID", "type": "int", "member": "int64"}]},
                   "Item": {"members": [
                     {"name": "VpcId", "type": "string", "member": "string"},
                     {"name": "VpcID", "type": "string", "member": "string", "disabled": true},
                     {"name": "SubnetID", "type": "string", "member": "string", "disabled": true},
                     {"name": "SubnetId", "type": "string", "member": "string", "disabled": true}]}}}""");
        ImportResult result = new TencentImporter().importSpec(
                new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
        Model model = Fixtures.load(result.yaml(), temp, "demo.yaml");
        Service service = model.services().get(0);
        Action get = service.actions().get(0);
        // The enabled member wins wherever it stands; without one to prefer, the first stays.
        assertEquals(List.of("InstanceId"), get.request().fields().stream().map(Field::wireName).toList());
        assertTrue(get.request().fields().get(0).required());
        assertEquals(List.of("Item", "ZoneId", "RequestId"), get.response().fields().stream().map(Field::wireName).toList());
        assertEquals(List.of("VpcId", "SubnetID"), service.types().get(0).fields().stream().map(Field::wireName).toList());
        List<String> lines = result.noteLines();
        assertTrue(lines.contains("member is disabled and needs the Java name of an enabled member; the disabled one dropped (2):"
                + " GetRequest.InstanceID (kept: InstanceId), Item.VpcID (kept: VpcId)"), lines::toString);
        assertTrue(lines.contains("member needs a Java name another member of the object already has; member dropped (2):"
                + " GetResponse.ZoneID, Item.SubnetId"), lines::toString);
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    @Test
    void examplesAreReadFromRawHttpAndThoseThatDoNotFitAreDroppedAndReported() throws Exception {
        JsonNode api = JSON.readTree("""
                {"metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo"},
                 "actions": {"Get": {"name": "Get", "document": "Gets.", "input": "GetRequest", "output": "GetResponse", "status": "online"}},
                 "objects": {
                   "GetRequest": {"members": [{"name": "Id", "type": "int", "member": "int64", "required": true}]},
                   "GetResponse": {"members": [{"name": "RequestId", "type": "string", "member": "string"}]}}}""");
        JsonNode examples = JSON.readTree("""
                {"actions": {"Get": [
                  {"title": "Fine", "document": "Works.", "input": "POST / HTTP/1.1\\r\\nHost: demo.example.com\\r\\nX-TC-Action: Get\\r\\n<Common request parameters>\\r\\n\\r\\n{\\"Id\\": 1}",
                   "output": "{\\"Response\\": {\\"RequestId\\": \\"r\\"}}"},
                  {"title": "As a query", "input": "https://demo.tencentcloudapi.com/?Action=Get&Id=1", "output": "{}"},
                  {"title": "Wrong type", "input": "POST / HTTP/1.1\\nX-TC-Action: Get\\n\\n{\\"Id\\": \\"one\\"}",
                   "output": "{\\"Response\\": {\\"RequestId\\": \\"r\\"}}"}],
                 "Gone": [{"title": "Of an older revision", "input": "POST / HTTP/1.1\\n\\n{}", "output": "{}"}]}}""");
        ImportResult result = new TencentImporter().importSpec(new TencentImporter.Sources(api, examples, JSON.missingNode()), List.of());
        Model model = Fixtures.load(result.yaml(), temp, "demo.yaml");
        List<Example> kept = model.services().get(0).actions().get(0).examples();
        assertEquals(1, kept.size());
        assertEquals("Fine", kept.get(0).title());
        assertEquals("{\"Id\": 1}\n", kept.get(0).requestJson());
        assertEquals("demo.example.com", model.services().get(0).host(), "the host the examples were sent to");
        List<String> lines = result.noteLines();
        assertTrue(lines.contains("action example's request is not a JSON POST (e.g. a GET query string); example dropped (1): Get example 2 'As a query'"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("action example does not match the action's types; example dropped (1): Get example 'Wrong type' (")
                && l.contains("'Id' is integer")), lines::toString);
        assertTrue(lines.contains("examples of an action the api.json does not have; dropped (1): Gone (1)"), lines::toString);
    }

    @Test
    void theWriterQuotesWhatYamlWouldMisreadAndKeepsMultiLineTextAsBlocks() throws Exception {
        SpecDocument document = new SpecDocument(null, new SpecDocument.Service("demo", "2020-01-01", "demo.tencentcloudapi.com", "yes"),
                List.of(new SpecDocument.Action("Get", "true", "a: b # not a comment", false,
                        List.of(new SpecDocument.Field("Id", "string", true, "  leading blank\nand two lines", "0123"),
                                new SpecDocument.Field("On", "boolean", false, "null", Boolean.TRUE)),
                        List.of(), List.of(), List.of(new SpecDocument.Example("t", null, "{\n  \"Id\": \"x\",\n  \"On\": true\n}", "{\"Response\": {}}")),
                        null, null, null)),
                List.of(), List.of(new SpecDocument.ErrorCode("FailedOperation", "\"quoted\" \\ text\ttab")));
        String yaml = SpecYamlWriter.write(document);
        Model model = Fixtures.load(yaml, temp, "writer.yaml");
        Service service = model.services().get(0);
        assertEquals("yes", service.title());
        Action get = service.actions().get(0);
        assertEquals("true", get.title());
        assertEquals("a: b # not a comment", get.description());
        assertFalse(get.regionRequired());
        Field id = get.request().fields().get(0);
        assertEquals("  leading blank\nand two lines", id.description());
        assertEquals("0123", id.example());
        assertEquals("null", get.request().fields().get(1).description());
        assertEquals("{\n  \"Id\": \"x\",\n  \"On\": true\n}", get.examples().get(0).requestJson());
        assertTrue(yaml.contains("request: |-\n"), yaml);
        assertEquals("\"quoted\" \\ text\ttab", service.errors().get(0).description());
    }

    private static int fieldCount(Service service) {
        int fields = service.types().stream().mapToInt(t -> t.fields().size()).sum();
        for (Action action : service.actions()) {
            fields += action.request().fields().size() + action.response().fields().size();
        }
        return fields;
    }

    private static Set<String> handWrittenActionCodes() {
        return Set.of("AuthFailure", "InternalError", "InvalidParameter", "InvalidParameterValue", "OperationDenied",
                "ResourceNotFound", "ResourceNotFound.EnvironmentNotExist", "ResourceNotFound.RunNotExist");
    }

    /** What the model says, one fact a line, leaving out descriptions, titles and examples. */
    private static Set<String> facts(Model model) {
        Set<String> facts = new TreeSet<>();
        for (Service service : model.services()) {
            facts.add("service " + service.name() + " " + service.version() + " " + service.host());
            service.errors().forEach(e -> facts.add("error " + e.code()));
            for (Action action : service.actions()) {
                facts.add("action " + action.name() + " regionRequired=" + action.regionRequired() + " rateLimit=" + action.rateLimit());
                action.errors().forEach(e -> facts.add("action " + action.name() + " error " + e.code()));
                addFields(facts, action.request());
                addFields(facts, action.response());
            }
            for (Shape type : service.types()) {
                facts.add("type " + type.name());
                addFields(facts, type);
            }
        }
        return facts;
    }

    private static void addFields(Set<String> facts, Shape shape) {
        for (Field field : shape.fields()) {
            facts.add("field " + shape.name() + "." + field.wireName() + " " + field.type().specName()
                    + (field.required() ? " required" : " optional"));
        }
    }

    /** The response JSON without the sample values the two sources disagree on. */
    private static JsonNode withoutSampleValues(String responseJson) throws IOException {
        JsonNode response = JSON.readTree(responseJson);
        List<JsonNode> calls = new ArrayList<>();
        response.path("Response").path("Calls").forEach(calls::add);
        for (JsonNode call : calls) {
            ((ObjectNode) call).remove(List.of("SubmitTime", "ErrorMessage", "Runtime"));
        }
        return response;
    }
}
