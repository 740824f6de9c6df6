package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.ErrorCode;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --errors} reads Tencent's whole error-code list or one product's, and keeps exactly the codes of the
 * imported service version, each once and each with a Java constant of its own (an explicit {@code constant:} where two
 * would derive one); everything else is reported.
 */
class ErrorCodeListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

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

        assertEquals(List.of("ResourceNotFound.RunNotExist 任务不存在。 null", "FailedOperation.Compact 版本号不带连字符。 null",
                        "InvalidParameter.ValueTooLarge 参数长度超过限制。 null",
                        "InvalidParameterValue.TooLarge 参数值超过最大限制。 INVALID_PARAMETER_VALUE__TOO_LARGE"),
                result.document().errors().stream().map(code -> code.code() + " " + code.description() + " " + code.constant()).toList());
        List<ImportNote> notes = result.notes();
        assertTrue(notes.contains(new ImportNote("error code listed more than once; the first entry kept", "ResourceNotFound.RunNotExist")),
                notes::toString);
        assertTrue(notes.contains(new ImportNote("error code would take the Java constant of another code; given one of its"
                + " own with 'constant'", "InvalidParameterValue.TooLarge (constant: INVALID_PARAMETER_VALUE__TOO_LARGE, as"
                + " INVALID_PARAMETER_VALUE_TOO_LARGE is InvalidParameter.ValueTooLarge's)")), notes::toString);
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
    void codesOfOneDerivedConstantAreAllKeptAndTheFirstInStringOrderKeepsTheDerivedOne() throws Exception {
        List<String> codes = List.of("InvalidParameterConflict", "InvalidParameterValue.TooLarge", "InvalidParameter.Conflict",
                "InvalidParameter.ValueTooLarge", "InvalidParameter_Conflict", "FailedOperation.Other");
        Map<String, String> expected = Map.of(
                "InvalidParameter.Conflict", "INVALID_PARAMETER_CONFLICT",
                "InvalidParameterConflict", "INVALID_PARAMETER_CONFLICT_2",
                "InvalidParameter_Conflict", "INVALID_PARAMETER_CONFLICT_3",
                "InvalidParameter.ValueTooLarge", "INVALID_PARAMETER_VALUE_TOO_LARGE",
                "InvalidParameterValue.TooLarge", "INVALID_PARAMETER_VALUE__TOO_LARGE",
                "FailedOperation.Other", "FAILED_OPERATION_OTHER");
        // The list's order decides the codes' order in the spec, never which code keeps the derived constant.
        List<String> reversed = new ArrayList<>(codes);
        Collections.reverse(reversed);
        for (List<String> order : List.of(codes, reversed)) {
            ArrayNode list = JSON.createArrayNode();
            order.forEach(code -> entry(list, "omics", "2022-11-28", code, code + " 的说明。"));
            ImportResult result = importWith(list);
            assertEquals(order, result.document().errors().stream().map(SpecDocument.ErrorCode::code).toList());

            // The written spec loads, and its enum has a constant for every code.
            Model model = Fixtures.load(result.yaml(), temp, "omics" + order.hashCode() + ".yaml");
            assertEquals(expected, model.services().get(0).errors().stream()
                    .collect(Collectors.toMap(ErrorCode::code, ErrorCode::constantName)));
            assertTrue(result.notes().contains(new ImportNote(ErrorCodeList.CONSTANT_GIVEN, "InvalidParameter_Conflict"
                    + " (constant: INVALID_PARAMETER_CONFLICT_3, as INVALID_PARAMETER_CONFLICT is InvalidParameter.Conflict's)")),
                    result.notes()::toString);
            assertEquals(3, result.notes().stream().filter(note -> note.what().equals(ErrorCodeList.CONSTANT_GIVEN)).count(),
                    result.notes()::toString);
        }
    }

    @Test
    void anExplicitConstantIsWrittenAsAMappingUnderTheCode() throws Exception {
        ArrayNode list = JSON.createArrayNode();
        entry(list, "omics", "2022-11-28", "InvalidParameter.ValueTooLarge", "参数长度超过限制。");
        entry(list, "omics", "2022-11-28", "InvalidParameterValue.TooLarge", "参数值超过最大限制。");
        list.addObject().put("productName", "omics").put("productVersion", "2022-11-28").put("code", "InvalidParameter_ValueTooLarge");
        String yaml = importWith(list).yaml();
        assertTrue(yaml.endsWith("""

                errors:
                  InvalidParameter.ValueTooLarge: 参数长度超过限制。
                  InvalidParameterValue.TooLarge:
                    description: 参数值超过最大限制。
                    constant: INVALID_PARAMETER_VALUE__TOO_LARGE
                  InvalidParameter_ValueTooLarge:
                    constant: INVALID_PARAMETER_VALUE_TOO_LARGE_2
                """), yaml);
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
