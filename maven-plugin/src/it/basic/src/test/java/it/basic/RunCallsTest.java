package it.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.basic.client.omics.v20221128.GetRunCallsResponse;
import it.basic.client.omics.v20221128.OmicsErrorCode;
import org.junit.jupiter.api.Test;

class RunCallsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void requestSerialisesWithTheWireNames() throws Exception {
        String body = json.writeValueAsString(RunCalls.rootOf("84232c68-a016-4668-b2e3-168a175d6f29"));

        assertEquals("{\"RunUuid\":\"84232c68-a016-4668-b2e3-168a175d6f29\",\"Path\":\"/\"}", body);
    }

    @Test
    void responseReadsTheDataRecords() throws Exception {
        GetRunCallsResponse response = json.readValue(
                "{\"Calls\":[{\"RunId\":\"r1\",\"RunType\":\"Workflow\",\"CallName\":\"main\"}],\"RequestId\":\"q1\"}",
                GetRunCallsResponse.class);

        assertEquals("r1", response.calls().get(0).runId());
        assertEquals("Workflow", response.calls().get(0).runType());
        assertEquals("q1", response.requestId());
    }

    @Test
    void errorCodesMapToTheEnum() {
        assertTrue(RunCalls.isMissingRun("ResourceNotFound.RunNotExist"));
        assertFalse(RunCalls.isMissingRun("InternalError"));
        assertEquals(OmicsErrorCode.UNKNOWN, OmicsErrorCode.fromCode("NoSuch.Code"));
    }
}
