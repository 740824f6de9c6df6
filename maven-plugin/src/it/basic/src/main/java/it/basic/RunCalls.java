package it.basic;

import it.basic.client.omics.v20221128.GetRunCallsRequest;
import it.basic.client.omics.v20221128.OmicsErrorCode;

/** Application code written against the generated bindings. */
public final class RunCalls {

    private RunCalls() {}

    public static GetRunCallsRequest rootOf(String runUuid) {
        return GetRunCallsRequest.builder().runUuid(runUuid).path("/").build();
    }

    public static boolean isMissingRun(String code) {
        return OmicsErrorCode.fromCode(code) == OmicsErrorCode.RESOURCE_NOT_FOUND_RUN_NOT_EXIST;
    }
}
