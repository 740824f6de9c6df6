package dev.tcgen.client.corepath;

import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import java.net.URI;
import java.util.function.Function;

/**
 * One GetRunCalls call, run by {@link CallPathDependenciesTest} in a class loader that has the generated client
 * and jackson-core only; it refers to nothing but the generated code, so it loads there.
 */
public final class CallWithoutDatabind implements Function<URI, String> {

    @Override
    public String apply(URI endpoint) {
        try (OmicsClient client = OmicsClient.builder().credentials(Credentials.of("AKIDcorepath", "corepath-key"))
                .endpoint(endpoint).build()) {
            GetRunCallsResponse response = client.getRunCalls(
                    GetRunCallsRequest.builder().runUuid("run-1").path("/").build());
            return response.calls().size() + " " + response.calls().get(0).runId() + " "
                    + response.calls().get(0).callCached() + " " + response.requestId();
        }
    }
}
