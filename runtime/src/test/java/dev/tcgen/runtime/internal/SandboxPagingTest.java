package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The sandbox's slicing of a canned list answer into the page a request asks for. */
class SandboxPagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SandboxRules.Paging OFFSET = SandboxRules.Paging.byOffset("Offset", "Limit", "TotalCount", "Items");
    private static final SandboxRules.Paging PAGE = SandboxRules.Paging.byPage("PageNumber", "PageSize", 1, "Total", "Items");
    private static final SandboxRules.Paging TOKEN = SandboxRules.Paging.byToken("NextToken", "MaxResults", "NextToken", "Items");

    private static ObjectNode answer(int items) throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : ",").append('"').append("i").append(i).append('"');
        }
        return (ObjectNode) JSON.readTree("{\"Items\": [" + list + "], \"TotalCount\": 999, \"Total\": 999, \"NextToken\": \"x\"}");
    }

    private static JsonNode request(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void offsetAndLimitSliceTheListAndSetTheTotal() throws Exception {
        ObjectNode page = SandboxPaging.page(answer(5), request("{\"Offset\": 2, \"Limit\": 2}"), OFFSET);
        assertEquals("[\"i2\",\"i3\"]", page.get("Items").toString());
        assertEquals(5, page.get("TotalCount").asInt());
        assertEquals(0, SandboxPaging.page(answer(5), request("{\"Offset\": 7, \"Limit\": 2}"), OFFSET).get("Items").size());
        assertEquals(5, SandboxPaging.page(answer(5), request("{\"Limit\": 999999999999}"), OFFSET).get("Items").size());
        assertEquals(SandboxPaging.DEFAULT_PAGE_SIZE,
                SandboxPaging.page(answer(30), request("{}"), OFFSET).get("Items").size(), "Tencent's usual default");
    }

    @Test
    void pageNumbersCountFromTheFirstPage() throws Exception {
        assertEquals("[\"i0\",\"i1\"]", SandboxPaging.page(answer(5), request("{\"PageNumber\": 1, \"PageSize\": 2}"), PAGE)
                .get("Items").toString());
        assertEquals("[\"i4\"]", SandboxPaging.page(answer(5), request("{\"PageNumber\": 3, \"PageSize\": 2}"), PAGE)
                .get("Items").toString());
        assertEquals(5, SandboxPaging.page(answer(5), request("{}"), PAGE).get("Total").asInt());
        assertEquals(0, SandboxPaging.page(answer(5), request("{\"PageNumber\": 4611686018427387904, \"PageSize\": 4}"), PAGE)
                .get("Items").size(), "a page far beyond the end is empty, not an overflow");
    }

    @Test
    void tokensAreTheOffsetOfTheNextItemWhileItemsRemain() throws Exception {
        ObjectNode first = SandboxPaging.page(answer(5), request("{\"MaxResults\": 3}"), TOKEN);
        assertEquals("[\"i0\",\"i1\",\"i2\"]", first.get("Items").toString());
        assertEquals("3", first.get("NextToken").asText());
        ObjectNode last = SandboxPaging.page(answer(5), request("{\"MaxResults\": 3, \"NextToken\": \"3\"}"), TOKEN);
        assertEquals("[\"i3\",\"i4\"]", last.get("Items").toString());
        assertFalse(last.has("NextToken"), "no token after the last page");
    }

    @Test
    void anErrorAnswerIsNotPaged() throws Exception {
        ObjectNode error = (ObjectNode) JSON.readTree("{\"Error\": {\"Code\": \"X\", \"Message\": \"m\"}}");
        assertEquals(error, SandboxPaging.page(error, request("{\"Offset\": 1}"), OFFSET));
    }

    @Test
    void refusesPositionsNoServiceAccepts() throws Exception {
        assertNull(SandboxPaging.check(request("{\"Offset\": 0, \"Limit\": 1}"), OFFSET));
        assertTrue(SandboxPaging.check(request("{\"Offset\": -1}"), OFFSET).message().contains("`Offset` must not be negative"));
        assertTrue(SandboxPaging.check(request("{\"Limit\": 0}"), OFFSET).message().contains("`Limit` must be at least 1"));
        assertTrue(SandboxPaging.check(request("{\"PageNumber\": 0}"), PAGE).message().contains("must be at least 1"));
        assertEquals("InvalidParameterValue", SandboxPaging.check(request("{\"NextToken\": \"abc\"}"), TOKEN).code());
        assertNull(SandboxPaging.check(request("{\"NextToken\": \"\"}"), TOKEN), "an empty token is the first page");
    }

    @Test
    void answersAreMatchedWithoutThePosition() throws Exception {
        assertEquals(request("{\"Project\": \"p\"}"),
                SandboxPaging.withoutPosition(request("{\"Project\": \"p\", \"Offset\": 4, \"Limit\": 2}"), OFFSET));
    }
}
