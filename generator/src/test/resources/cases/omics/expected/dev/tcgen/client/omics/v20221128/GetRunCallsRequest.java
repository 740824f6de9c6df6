package dev.tcgen.client.omics.v20221128;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code GetRunCalls}: This API is used to query job details.
 *
 * <p>Service {@code omics}, version {@code 2022-11-28}. Rate limit: 20 requests per second. A region is not required.
 *
 * <p>Error codes:
 * <ul>
 *   <li>{@code AuthFailure} — CAM signature/authentication error.</li>
 *   <li>{@code InternalError} — Internal error.</li>
 *   <li>{@code InvalidParameter} — Parameter error.</li>
 *   <li>{@code InvalidParameterValue} — Parameter value error.</li>
 *   <li>{@code OperationDenied} — Operation rejected.</li>
 *   <li>{@code ResourceNotFound} — The resource does not exist.</li>
 *   <li>{@code ResourceNotFound.EnvironmentNotExist} — The environment does not exist.</li>
 *   <li>{@code ResourceNotFound.RunNotExist} — The run does not exist.</li>
 * </ul>
 *
 * @param runUuid Run UUID (JSON {@code RunUuid}, required)
 * @param path Job path (JSON {@code Path}, required)
 * @param projectId Project ID (If you leave it blank, the default item in the specified region will be used.) (JSON {@code ProjectId})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record GetRunCallsRequest(@JsonProperty("RunUuid") String runUuid,
        @JsonProperty("Path") String path, @JsonProperty("ProjectId") String projectId) {
    public GetRunCallsRequest {
        if (runUuid == null) {
            throw new IllegalArgumentException("GetRunCallsRequest: RunUuid (runUuid) is required");
        }
        if (path == null) {
            throw new IllegalArgumentException("GetRunCallsRequest: Path (path) is required");
        }
    }

    /**
     * A builder with every field unset.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to make a changed copy.
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link GetRunCallsRequest}; not thread-safe.
     */
    public static final class Builder {
        private String runUuid;

        private String path;

        private String projectId;

        private Builder() {
        }

        private Builder(GetRunCallsRequest source) {
            this.runUuid = source.runUuid();
            this.path = source.path();
            this.projectId = source.projectId();
        }

        /**
         * Sets RunUuid (required).
         */
        public Builder runUuid(String runUuid) {
            this.runUuid = runUuid;
            return this;
        }

        /**
         * Sets Path (required).
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets ProjectId.
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public GetRunCallsRequest build() {
            return new GetRunCallsRequest(runUuid, path, projectId);
        }
    }
}
