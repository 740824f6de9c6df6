package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --errors} reads Tencent's whole error-code list or one product's, and keeps exactly the codes of the
 * imported service version, each once and each with a Java constant of its own; everything else is reported.
 */
class ErrorCodeListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theWholeListGivesTheServiceVersionItsOwnCodesOnly() throws Exception {
        ArrayNode list = JSON.createArrayNode();
        entry(list, "PLATFORM", "", "AuthFailure.SignatureExpire", "签名过期。");
        entry(list, "cvm", "2017-03-12", "InvalidInstanceId.NotFound", "实例不存在。");
        entry(list, "omics", "2021-01-01", "FailedOperation.Old", "旧版本的错误码。");
        entry(list, "omics", "2022-11-28", "ResourceNotFound.RunNotExist", "任务不存在。");
        entry(list, "omics", "20221128", "FailedOperation.Compact", "版本号不带连字符。");
        entry(list, "omics", "2022-11-28", "ResourceNotFound.RunNotExist", "同一个错误码的第二条。");
        entry(list, "omics", "2022-11-28", "InvalidParameter.ValueTooLarge", "参数长度超过限制。");
        entry(list, "omics", "2022-11-28", "InvalidParameterValue.TooLarge", "参数值超过最大限制。");
        entry(list, "omics", "2022-11-28", "Not-A-Code", "不是合法的错误码。");
        list.addObject().put("productName", "omics").put("productVersion", "2022-11-28");

        ImportResult result = importWith(list);

        assertEquals(List.of("ResourceNotFound.RunNotExist 任务不存在。", "FailedOperation.Compact 版本号不带连字符。",
                        "InvalidParameter.ValueTooLarge 参数长度超过限制。"),
                result.document().errors().stream().map(code -> code.code() + " " + code.description()).toList());
        List<ImportNote> notes = result.notes();
        assertTrue(notes.contains(new ImportNote("error code listed more than once; the first entry kept", "ResourceNotFound.RunNotExist")),
                notes::toString);
        assertTrue(notes.contains(new ImportNote("error code would take the Java constant of another code; skipped (a call that"
                + " returns it still gives the raw code, with the errorCode() UNKNOWN)",
                "InvalidParameterValue.TooLarge (INVALID_PARAMETER_VALUE_TOO_LARGE is InvalidParameter.ValueTooLarge's)")), notes::toString);
        assertTrue(notes.contains(new ImportNote("error code is not a valid spec error code; skipped", "Not-A-Code")), notes::toString);
        assertTrue(notes.contains(new ImportNote("entry of the error-code list without a 'code'; skipped", "entry 10")), notes::toString);
        assertTrue(notes.contains(new ImportNote("common error codes (productName PLATFORM) are not the service's own; skipped,"
                + " as tcgen has the common codes built in", "1 of 10 entries")), notes::toString);
        assertTrue(notes.contains(new ImportNote("error codes of other products or versions; skipped",
                "2 of 10 entries (7 are omics 2022-11-28's)")), notes::toString);
        // The foreign codes are counted, not listed one by one: the whole list has 15,000 of them.
        assertTrue(notes.stream().noneMatch(note -> note.where().contains("InvalidInstanceId") || note.where().contains("FailedOperation.Old")),
                notes::toString);
    }

    @Test
    void aListWithoutTheServiceVersionSaysWhichVersionsItHas() throws Exception {
        ArrayNode list = JSON.createArrayNode();
        entry(list, "omics", "2021-01-01", "FailedOperation.Old", "旧版本的错误码。");
        entry(list, "cvm", "2017-03-12", "InvalidInstanceId.NotFound", "实例不存在。");
        ImportResult result = importWith(list);
        assertEquals(List.of(), result.document().errors());
        assertTrue(result.notes().contains(new ImportNote("the error-code list has no codes of this service version; the spec declares none",
                "omics 2022-11-28 (the list has omics 2021-01-01)")), result.notes()::toString);
    }

    @Test
    void aProductsOwnListAndEntriesWithoutProductOrVersionAreTheServices() throws Exception {
        ImportResult own = Fixtures.importOmics("en");
        assertEquals(46, own.document().errors().size());
        ArrayNode bare = JSON.createArrayNode();
        bare.addObject().put("code", "FailedOperation.Bare").put("description", "只有错误码。");
        assertEquals(List.of("FailedOperation.Bare"), importWith(bare).document().errors().stream().map(SpecDocument.ErrorCode::code).toList());
    }

    @Test
    void aListThatIsNotAListIsAnImportFailure() throws Exception {
        ImportException failure = assertThrows(ImportException.class, () -> importWith(JSON.readTree("{\"code\": \"X\"}")));
        assertTrue(failure.getMessage().startsWith("error codes: expected a JSON list of {productName, productVersion, code,"),
                failure.getMessage());
    }

    private static ImportResult importWith(JsonNode errors) throws Exception {
        TencentImporter.Sources omics = TencentImporter.read(Fixtures.tencent("en/api.json"), null, null);
        return new TencentImporter().importSpec(new TencentImporter.Sources(omics.api(), omics.examples(), errors),
                List.of("GetRunCalls"));
    }

    private static void entry(ArrayNode list, String product, String version, String code, String description) {
        ObjectNode entry = list.addObject();
        entry.put("productName", product).put("productVersion", version).put("code", code).put("description", description)
                .put("solution", "业务正在更新中，请您耐心等待。").put("productCNName", "产品");
    }
}
