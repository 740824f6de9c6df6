package dev.tcgen.client.keywords.v20210203;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Same simple name as the core helper behind typed accessors.
 *
 * @param byte_ Byte. (JSON {@code Byte})
 * @param at At. (JSON {@code At})
 * @param blob Blob. (JSON {@code Blob})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record JsonValues(@JsonProperty("Byte") Long byte_, @JsonProperty("At") String at,
        @JsonProperty("Blob") String blob) {
    /**
     * At as a date-time; empty when absent or not ISO-8601 with an offset.
     */
    public Optional<OffsetDateTime> atAsDateTime() {
        return dev.tcgen.client.core.JsonValues.timestamp(at);
    }

    /**
     * Blob parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> blobAsJson() {
        return dev.tcgen.client.core.JsonValues.json(blob);
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
     * Builds a {@link JsonValues}; not thread-safe.
     */
    public static final class Builder {
        private Long byte_;

        private String at;

        private String blob;

        private Builder() {
        }

        private Builder(JsonValues source) {
            this.byte_ = source.byte_();
            this.at = source.at();
            this.blob = source.blob();
        }

        /**
         * Sets Byte.
         */
        public Builder byte_(Long byte_) {
            this.byte_ = byte_;
            return this;
        }

        /**
         * Sets At.
         */
        public Builder at(String at) {
            this.at = at;
            return this;
        }

        /**
         * Sets Blob.
         */
        public Builder blob(String blob) {
            this.blob = blob;
            return this;
        }

        /**
         * The record.
         */
        public JsonValues build() {
            return new JsonValues(byte_, at, blob);
        }
    }
}
