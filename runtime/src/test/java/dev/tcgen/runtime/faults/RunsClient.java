package dev.tcgen.runtime.faults;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.ServiceClient;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudException;
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

    private static final Operation<RunsResponse> GET_RUN_CALLS = new Operation<>("GetRunCalls", RunsResponse.class,
            Operation.Region.OPTIONAL, true, null);

    /** The request: one run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunsRequest(@JsonProperty("RunUuid") String runUuid) {
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
    }

    /** One call of a run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RunCall(@JsonProperty("RunId") String runId, @JsonProperty("CallCached") Boolean callCached,
            @JsonProperty("WorkDir") String workDir, @JsonProperty("Attempts") Integer attempts,
            @JsonProperty("Size") Long size, @JsonProperty("Progress") Double progress) {
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
