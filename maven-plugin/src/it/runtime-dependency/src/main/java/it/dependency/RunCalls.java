package it.dependency;

import dev.tcgen.runtime.Credentials;
import it.dependency.client.omics.v20221128.GetRunCallsRequest;
import it.dependency.client.omics.v20221128.GetRunCallsResponse;
import it.dependency.client.omics.v20221128.OmicsClient;
import java.net.URI;

/** Application code written against the generated bindings and the tcgen-runtime they import. */
public final class RunCalls {

    private RunCalls() {}

    public static GetRunCallsResponse root(URI endpoint, Credentials credentials, String runUuid) {
        try (OmicsClient client = OmicsClient.builder().endpoint(endpoint).credentials(credentials).build()) {
            return client.getRunCalls(GetRunCallsRequest.builder().runUuid(runUuid).path("/").build());
        }
    }
}
