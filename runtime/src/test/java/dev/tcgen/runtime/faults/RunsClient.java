package dev.tcgen.runtime.faults;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.ServiceClient;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.internal.JsonFields;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A client shaped like omics' {@code GetRunCalls}, with a string, a boolean, an integer and a long per call, bound
 * the way generated records bind (compare the golden {@code GetRunCallsResponse} and {@code RunMetadata}): what
 * the hostile-answer tests need beyond {@code PingClient}'s one string.
 */
final class RunsClient extends ServiceClient {
    static final ServiceDescription DESCRIPTION = new ServiceDescription("runs", "2022-11-28",
            URI.create("https://runs.tencentcloudapi.com"), Map.of(), TencentCloudException::new);

    private static final Operation<RunsRequest, RunsResponse> GET_RUN_CALLS = new Operation<>("GetRunCalls", RunsResponse.class,
            Operation.Region.OPTIONAL, true, null, RunsRequest::writeJson, RunsResponse::readJson);

    /** The request: one run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunsRequest(@JsonProperty("RunUuid") String runUuid) {
        static void writeJson(JsonGenerator out, RunsRequest value) throws IOException {
            out.writeStartObject();
            if (value.runUuid() != null) {
                out.writeStringField("RunUuid", value.runUuid());
            }
            out.writeEndObject();
        }
    }

    /** The response: the calls and the RequestId. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RunsResponse(
            @JsonProperty("Calls") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RunCall> calls,
            @JsonProperty("RequestId") String requestId) {
        RunsResponse {
            calls = calls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(calls));
        }

        /** Reads the {@code Response} object as generated readers do. */
        static RunsResponse readJson(JsonParser in) throws IOException {
            JsonFields.expectObject(in);
            List<RunCall> calls = null;
            String requestId = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                in.nextToken();
                switch (in.currentName()) {
                    case "Calls" -> calls = JsonFields.readList(in, RunCall::readJson);
                    case "RequestId" -> requestId = JsonFields.readString(in);
                    default -> in.skipChildren();
                }
            }
            return new RunsResponse(calls, requestId);
        }
    }

    /** One call of a run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RunCall(@JsonProperty("RunId") String runId, @JsonProperty("CallCached") Boolean callCached,
            @JsonProperty("WorkDir") String workDir, @JsonProperty("Attempts") Long attempts,
            @JsonProperty("Size") Long size, @JsonProperty("Progress") Double progress) {

        static RunCall readJson(JsonParser in) throws IOException {
            JsonFields.expectObject(in);
            String runId = null;
            Boolean callCached = null;
            String workDir = null;
            Long attempts = null;
            Long size = null;
            Double progress = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                in.nextToken();
                switch (in.currentName()) {
                    case "RunId" -> runId = JsonFields.readString(in);
                    case "CallCached" -> callCached = JsonFields.readBoolean(in);
                    case "WorkDir" -> workDir = JsonFields.readString(in);
                    case "Attempts" -> attempts = JsonFields.readInteger(in);
                    case "Size" -> size = JsonFields.readInteger(in);
                    case "Progress" -> progress = JsonFields.readFloat(in);
                    default -> in.skipChildren();
                }
            }
            return new RunCall(runId, callCached, workDir, attempts, size, progress);
        }
    }

    private RunsClient(ClientSettings settings) {
        super(settings);
    }

    /** The client of {@code settings}, as a builder's {@code build()} makes it. */
    static RunsClient create(ClientSettings settings) {
        return new RunsClient(settings);
    }

    /** A builder with the fault matrix's credentials, {@code endpoint} and no retries. */
    static ClientSettings.Builder<RunsClient> builder(URI endpoint) {
        return ClientSettings.builder(DESCRIPTION, RunsClient::new)
                .credentials(Credentials.of(FaultMatrixTest.SECRET_ID, FaultMatrixTest.SECRET_KEY, FaultMatrixTest.TOKEN))
                .endpoint(endpoint)
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(10));
    }

    /** A client of {@code endpoint} with the fault matrix's credentials and no retries unless {@code retries}. */
    static RunsClient of(URI endpoint, RetryPolicy retries) {
        return ClientSettings.builder(DESCRIPTION, RunsClient::new)
                .credentials(Credentials.of(FaultMatrixTest.SECRET_ID, FaultMatrixTest.SECRET_KEY, FaultMatrixTest.TOKEN))
                .endpoint(endpoint)
                .retryPolicy(retries)
                .readTimeout(Duration.ofSeconds(10))
                .build();
    }

    RunsResponse getRunCalls(String runUuid) {
        return call(GET_RUN_CALLS, new RunsRequest(runUuid));
    }

    CompletableFuture<RunsResponse> getRunCallsAsync(String runUuid) {
        return callAsync(GET_RUN_CALLS, new RunsRequest(runUuid));
    }
}
