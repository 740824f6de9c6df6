package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Shape;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tencent's {@code datetime} and {@code date} members become the spec types of the same names, not strings. */
class ImportedTimesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void datetimeAndDateMembersKeepTheirTypeAndValidExamples() throws Exception {
        JsonNode api = JSON.readTree("""
                {"version": "1.0",
                 "metadata": {"apiVersion": "2020-02-02", "serviceShortName": "demo", "serviceNameCN": "Demo"},
                 "actions": {"Get": {"name": "Get", "document": "Gets.", "input": "GetRequest", "output": "GetResponse", "status": "online"}},
                 "objects": {
                   "GetRequest": {"type": "object", "members": [
                     {"name": "StartTime", "type": "string", "member": "datetime", "example": "2020-02-02 08:00:00"},
                     {"name": "Day", "type": "string", "member": "date", "example": "2020-02-02"},
                     {"name": "BadTime", "type": "string", "member": "datetime", "example": "无"},
                     {"name": "Days", "type": "list", "member": "date"}]},
                   "GetResponse": {"type": "object", "members": [
                     {"name": "CreatedAt", "type": "string", "member": "datetime_iso"},
                     {"name": "RequestId", "type": "string", "member": "string"}]}
                 }}""");
        ImportResult result = new TencentImporter().importSpec(
                new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
        assertTrue(result.notes().contains(new ImportNote("member example is not a valid datetime; dropped", "GetRequest.BadTime")),
                result.notes()::toString);
        assertTrue(result.notes().stream().noneMatch(n -> n.what().contains("imported as string")), result.notes()::toString);

        Model model = Fixtures.load(result.yaml(), temp, "demo.yaml");
        Shape request = model.services().get(0).actions().get(0).request();
        assertEquals(List.of("StartTime datetime 2020-02-02 08:00:00", "Day date 2020-02-02", "BadTime datetime null", "Days list<date> null"),
                request.fields().stream().map(f -> f.wireName() + " " + f.type().specName() + " " + f.example()).toList());
        assertEquals("timestamp", model.services().get(0).actions().get(0).response().fields().get(0).type().specName());
        Fixtures.assertCompilesWithoutWarnings(model);
    }
}
