package dev.tcgen.client.omics.v20221128;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.client.core.JsonValues;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Run job details
 *
 * @param runType Run type (Workflow, Scatter or Task); calls of type Workflow or Scatter have children. (JSON {@code RunType})
 * @param runId Run ID (JSON {@code RunId})
 * @param parentId Parent layer ID (JSON {@code ParentId})
 * @param jobId Job ID (JSON {@code JobId})
 * @param callName Job name (JSON {@code CallName})
 * @param scatterIndex Scatter index (JSON {@code ScatterIndex})
 * @param input Input, as JSON text (JSON {@code Input})
 * @param output Output, as JSON text (JSON {@code Output})
 * @param status Status (JSON {@code Status})
 * @param errorMessage Error message, as JSON text (JSON {@code ErrorMessage})
 * @param startTime Start time (JSON {@code StartTime})
 * @param submitTime Submission time (JSON {@code SubmitTime})
 * @param endTime End time (JSON {@code EndTime})
 * @param command Command line (JSON {@code Command})
 * @param runtime Runtime attributes, as JSON text (JSON {@code Runtime})
 * @param preprocess Preprocessing (JSON {@code Preprocess})
 * @param postProcess Post-processing (JSON {@code PostProcess})
 * @param callCached Cache hit (JSON {@code CallCached})
 * @param workDir Working directory (JSON {@code WorkDir})
 * @param stdout Standard output (JSON {@code Stdout})
 * @param stderr Error output (JSON {@code Stderr})
 * @param meta Other information, as JSON text (JSON {@code Meta})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record RunMetadata(@JsonProperty("RunType") String runType,
        @JsonProperty("RunId") String runId, @JsonProperty("ParentId") String parentId,
        @JsonProperty("JobId") String jobId, @JsonProperty("CallName") String callName,
        @JsonProperty("ScatterIndex") String scatterIndex, @JsonProperty("Input") String input,
        @JsonProperty("Output") String output, @JsonProperty("Status") String status,
        @JsonProperty("ErrorMessage") String errorMessage,
        @JsonProperty("StartTime") String startTime, @JsonProperty("SubmitTime") String submitTime,
        @JsonProperty("EndTime") String endTime, @JsonProperty("Command") String command,
        @JsonProperty("Runtime") String runtime, @JsonProperty("Preprocess") Boolean preprocess,
        @JsonProperty("PostProcess") Boolean postProcess,
        @JsonProperty("CallCached") Boolean callCached, @JsonProperty("WorkDir") String workDir,
        @JsonProperty("Stdout") String stdout, @JsonProperty("Stderr") String stderr,
        @JsonProperty("Meta") String meta) {
    /**
     * Input parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> inputAsJson() {
        return JsonValues.json(input);
    }

    /**
     * Output parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> outputAsJson() {
        return JsonValues.json(output);
    }

    /**
     * ErrorMessage parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> errorMessageAsJson() {
        return JsonValues.json(errorMessage);
    }

    /**
     * StartTime as a date-time; empty when absent or not ISO-8601 with an offset.
     */
    public Optional<OffsetDateTime> startTimeAsDateTime() {
        return JsonValues.timestamp(startTime);
    }

    /**
     * SubmitTime as a date-time; empty when absent or not ISO-8601 with an offset.
     */
    public Optional<OffsetDateTime> submitTimeAsDateTime() {
        return JsonValues.timestamp(submitTime);
    }

    /**
     * EndTime as a date-time; empty when absent or not ISO-8601 with an offset.
     */
    public Optional<OffsetDateTime> endTimeAsDateTime() {
        return JsonValues.timestamp(endTime);
    }

    /**
     * Runtime parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> runtimeAsJson() {
        return JsonValues.json(runtime);
    }

    /**
     * Meta parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> metaAsJson() {
        return JsonValues.json(meta);
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
     * Builds a {@link RunMetadata}; not thread-safe.
     */
    public static final class Builder {
        private String runType;

        private String runId;

        private String parentId;

        private String jobId;

        private String callName;

        private String scatterIndex;

        private String input;

        private String output;

        private String status;

        private String errorMessage;

        private String startTime;

        private String submitTime;

        private String endTime;

        private String command;

        private String runtime;

        private Boolean preprocess;

        private Boolean postProcess;

        private Boolean callCached;

        private String workDir;

        private String stdout;

        private String stderr;

        private String meta;

        private Builder() {
        }

        private Builder(RunMetadata source) {
            this.runType = source.runType();
            this.runId = source.runId();
            this.parentId = source.parentId();
            this.jobId = source.jobId();
            this.callName = source.callName();
            this.scatterIndex = source.scatterIndex();
            this.input = source.input();
            this.output = source.output();
            this.status = source.status();
            this.errorMessage = source.errorMessage();
            this.startTime = source.startTime();
            this.submitTime = source.submitTime();
            this.endTime = source.endTime();
            this.command = source.command();
            this.runtime = source.runtime();
            this.preprocess = source.preprocess();
            this.postProcess = source.postProcess();
            this.callCached = source.callCached();
            this.workDir = source.workDir();
            this.stdout = source.stdout();
            this.stderr = source.stderr();
            this.meta = source.meta();
        }

        /**
         * Sets RunType.
         */
        public Builder runType(String runType) {
            this.runType = runType;
            return this;
        }

        /**
         * Sets RunId.
         */
        public Builder runId(String runId) {
            this.runId = runId;
            return this;
        }

        /**
         * Sets ParentId.
         */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /**
         * Sets JobId.
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets CallName.
         */
        public Builder callName(String callName) {
            this.callName = callName;
            return this;
        }

        /**
         * Sets ScatterIndex.
         */
        public Builder scatterIndex(String scatterIndex) {
            this.scatterIndex = scatterIndex;
            return this;
        }

        /**
         * Sets Input.
         */
        public Builder input(String input) {
            this.input = input;
            return this;
        }

        /**
         * Sets Output.
         */
        public Builder output(String output) {
            this.output = output;
            return this;
        }

        /**
         * Sets Status.
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * Sets ErrorMessage.
         */
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        /**
         * Sets StartTime.
         */
        public Builder startTime(String startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets SubmitTime.
         */
        public Builder submitTime(String submitTime) {
            this.submitTime = submitTime;
            return this;
        }

        /**
         * Sets EndTime.
         */
        public Builder endTime(String endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets Command.
         */
        public Builder command(String command) {
            this.command = command;
            return this;
        }

        /**
         * Sets Runtime.
         */
        public Builder runtime(String runtime) {
            this.runtime = runtime;
            return this;
        }

        /**
         * Sets Preprocess.
         */
        public Builder preprocess(Boolean preprocess) {
            this.preprocess = preprocess;
            return this;
        }

        /**
         * Sets PostProcess.
         */
        public Builder postProcess(Boolean postProcess) {
            this.postProcess = postProcess;
            return this;
        }

        /**
         * Sets CallCached.
         */
        public Builder callCached(Boolean callCached) {
            this.callCached = callCached;
            return this;
        }

        /**
         * Sets WorkDir.
         */
        public Builder workDir(String workDir) {
            this.workDir = workDir;
            return this;
        }

        /**
         * Sets Stdout.
         */
        public Builder stdout(String stdout) {
            this.stdout = stdout;
            return this;
        }

        /**
         * Sets Stderr.
         */
        public Builder stderr(String stderr) {
            this.stderr = stderr;
            return this;
        }

        /**
         * Sets Meta.
         */
        public Builder meta(String meta) {
            this.meta = meta;
            return this;
        }

        /**
         * The record.
         */
        public RunMetadata build() {
            return new RunMetadata(runType, runId, parentId, jobId, callName, scatterIndex, input, output, status, errorMessage, startTime, submitTime, endTime, command, runtime, preprocess, postProcess, callCached, workDir, stdout, stderr, meta);
        }
    }
}
