package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsErrorCode;
import dev.tcgen.client.omics.v20221128.OmicsException;
import dev.tcgen.client.omics.v20221128.OmicsSandbox;
import dev.tcgen.client.testing.OmicsSpec;
import dev.tcgen.runtime.testing.SignedPost;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The generated sandbox, driven through the generated client and through hand-signed requests. */
@Timeout(60)
class OmicsSandboxTest {

    private static final String RUN = "84232c68-a016-4668-b2e3-168a175d6f29";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void answersEachSpecExampleWithItsResponseAndAFreshRequestId() throws Exception {
        List<OmicsSpec.Example> examples = OmicsSpec.getRunCalls().examples();
        assertFalse(examples.isEmpty());
        try (OmicsSandbox sandbox = OmicsSandbox.start(); OmicsClient client = sandbox.clientBuilder().build()) {
            Set<String> requestIds = new HashSet<>();
            for (OmicsSpec.Example example : examples) {
                GetRunCallsRequest request = mapper.treeToValue(OmicsSpec.json(example.requestJson()), GetRunCallsRequest.class);
                GetRunCallsResponse response = client.getRunCalls(request);
                GetRunCallsResponse expected = mapper.treeToValue(OmicsSpec.json(example.responseJson()).get("Response"),
                        GetRunCallsResponse.class);
                assertEquals(expected.calls(), response.calls(), example.title());
                assertNotNull(response.requestId());
                assertNotEquals(expected.requestId(), response.requestId(), "each answer gets its own RequestId");
                requestIds.add(response.requestId());
            }
            assertEquals(examples.size(), requestIds.size());
        }
    }

    @Test
    void anOptionalParameterLeftOutStillMatchesButADifferentValueDoesNot() {
        try (OmicsSandbox sandbox = OmicsSandbox.start(); OmicsClient client = sandbox.clientBuilder().build()) {
            GetRunCallsResponse withoutProject = client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN).path("/").build());
            assertEquals("sub_workflow", withoutProject.calls().get(0).callName());

            OmicsException otherProject = assertThrows(OmicsException.class, () -> client.getRunCalls(
                    GetRunCallsRequest.builder().runUuid(RUN).path("/").projectId("prj-other").build()));
            assertEquals(OmicsErrorCode.RESOURCE_NOT_FOUND, otherProject.errorCode());
            assertTrue(otherProject.getMessage().contains("prj-other"), otherProject.getMessage());
            assertTrue(otherProject.getMessage().contains("GetRunCalls"), otherProject.getMessage());
            assertNotNull(otherProject.requestId());
        }
    }

    @Test
    void refusesAWrongKeyAnUnknownSecretIdAndABodyChangedAfterSigning() throws Exception {
        try (OmicsSandbox sandbox = OmicsSandbox.start()) {
            Credentials wrongKey = Credentials.of(sandbox.credentials().secretId(), "not-the-key");
            try (OmicsClient client = OmicsClient.builder().endpoint(sandbox.endpoint()).credentials(wrongKey).build()) {
                OmicsException e = assertThrows(OmicsException.class,
                        () -> client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN).path("/").build()));
                assertEquals("AuthFailure.SignatureFailure", e.code());
                assertNotNull(e.requestId());
                assertFalse(e.getMessage().contains("not-the-key"), "no key in the message");
            }
            Credentials unknownId = Credentials.of("AKIDnobody", sandbox.credentials().secretKey());
            try (OmicsClient client = OmicsClient.builder().endpoint(sandbox.endpoint()).credentials(unknownId).build()) {
                OmicsException e = assertThrows(OmicsException.class,
                        () -> client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN).path("/").build()));
                assertEquals("AuthFailure.SecretIdNotFound", e.code());
            }
            JsonNode tampered = signedPost(sandbox).send("GetRunCalls",
                    "{\"RunUuid\":\"" + RUN + "\",\"Path\":\"/\"}", "{\"RunUuid\":\"" + RUN + "\",\"Path\":\"/x\"}");
            assertEquals("AuthFailure.SignatureFailure", tampered.at("/Error/Code").asText());
        }
    }

    @Test
    void checksTheRequestAgainstTheSpec() throws Exception {
        try (OmicsSandbox sandbox = OmicsSandbox.start()) {
            assertError(sandbox, "GetRunCalls", "{\"Path\":\"/\"}", "MissingParameter", "RunUuid");
            assertError(sandbox, "GetRunCalls", "{\"RunUuid\":\"" + RUN + "\",\"Path\":\"/\",\"Bogus\":1}",
                    "UnknownParameter", "Bogus");
            assertError(sandbox, "GetRunCalls", "{\"RunUuid\":\"" + RUN + "\",\"path\":\"/\"}", "UnknownParameter",
                    "did you mean `Path`");
            assertError(sandbox, "GetRunCalls", "{\"RunUuid\":12,\"Path\":\"/\"}", "InvalidParameterValue", "RunUuid");
            assertError(sandbox, "DeleteEverything", "{}", "InvalidAction", "DeleteEverything");
            assertError(sandbox, "GetRunCalls", "[1]", "InvalidParameter", "JSON object");
        }
    }

    @Test
    void ownAnswersFromTheBuilderAndFromAFileComeBeforeTheExamples(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("answers.json");
        Files.writeString(file, """
                {"answers": [
                  {"action": "GetRunCalls", "request": {"RunUuid": "run-from-file", "Path": "/"},
                   "response": {"Response": {"Calls": [{"CallName": "from_file", "RunType": "Task"}]}}},
                  {"action": "GetRunCalls", "request": {"RunUuid": "gone"},
                   "response": {"Error": {"Code": "ResourceNotFound.RunNotExist", "Message": "no such run"}}}
                ]}
                """);
        try (OmicsSandbox sandbox = OmicsSandbox.builder()
                        .answer("GetRunCalls", "{\"RunUuid\": \"" + RUN + "\", \"Path\": \"/\"}",
                                "{\"Calls\": [{\"CallName\": \"mine\", \"RunType\": \"Task\"}]}")
                        .answers(file)
                        .start();
                OmicsClient client = sandbox.clientBuilder().build()) {
            assertEquals("mine", client.getRunCalls(GetRunCallsRequest.builder().runUuid(RUN).path("/").build())
                    .calls().get(0).callName(), "an own answer beats the spec's example for the same request");
            assertEquals("from_file", client.getRunCalls(GetRunCallsRequest.builder().runUuid("run-from-file").path("/").build())
                    .calls().get(0).callName());
            OmicsException gone = assertThrows(OmicsException.class,
                    () -> client.getRunCalls(GetRunCallsRequest.builder().runUuid("gone").path("/anything").build()));
            assertEquals(OmicsErrorCode.RESOURCE_NOT_FOUND_RUN_NOT_EXIST, gone.errorCode());
            assertEquals("no such run", gone.getMessage());
            assertNotNull(gone.requestId());
        }
    }

    @Test
    void badAnswersAreRefusedWithTheirSource() {
        IllegalArgumentException unknownAction = assertThrows(IllegalArgumentException.class,
                () -> OmicsSandbox.builder().answer("GetRunCall", "{}", "{}"));
        assertTrue(unknownAction.getMessage().contains("GetRunCall'"), unknownAction.getMessage());
        IllegalArgumentException badEntry = assertThrows(IllegalArgumentException.class, () -> OmicsSandbox.builder()
                .answers(new ByteArrayInputStream("{\"answers\": [{\"action\": \"GetRunCalls\", \"reponse\": {}}]}"
                        .getBytes(StandardCharsets.UTF_8)), "mine.json"));
        assertTrue(badEntry.getMessage().startsWith("mine.json: answers[0]"), badEntry.getMessage());
        assertTrue(badEntry.getMessage().contains("reponse"), badEntry.getMessage());
    }

    @Test
    void refusesCallsBeyondTheActionsRateLimit() {
        int limit = OmicsSpec.getRunCalls().rateLimit();
        Clock frozen = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        try (OmicsSandbox sandbox = OmicsSandbox.builder().clock(frozen).start();
                OmicsClient client = sandbox.clientBuilder().rateLimit(false).retryPolicy(RetryPolicy.none()).build()) {
            GetRunCallsRequest request = GetRunCallsRequest.builder().runUuid(RUN).path("/").build();
            for (int i = 0; i < limit; i++) {
                client.getRunCalls(request);
            }
            OmicsException e = assertThrows(OmicsException.class, () -> client.getRunCalls(request));
            assertEquals("RequestLimitExceeded", e.code());
            assertNotNull(e.requestId());
        }
    }

    private static void assertError(OmicsSandbox sandbox, String action, String body, String code, String inMessage)
            throws Exception {
        JsonNode response = signedPost(sandbox).send(action, body);
        assertEquals(code, response.at("/Error/Code").asText(), body);
        assertTrue(response.at("/Error/Message").asText().contains(inMessage), response.toString());
        assertFalse(response.path("RequestId").asText().isEmpty(), "every answer has a RequestId");
    }

    private static SignedPost signedPost(OmicsSandbox sandbox) {
        return new SignedPost(sandbox.endpoint(), OmicsClient.SERVICE, OmicsClient.VERSION,
                sandbox.credentials().secretId(), sandbox.credentials().secretKey());
    }
}
