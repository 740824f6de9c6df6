package dev.tcgen.client.beta.v20230202;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Thing.
 *
 * @param size Size. (JSON {@code Size})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record Thing(@JsonProperty("Size") Long size) {
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
     * Builds a {@link Thing}; not thread-safe.
     */
    public static final class Builder {
        private Long size;

        private Builder() {
        }

        private Builder(Thing source) {
            this.size = source.size();
        }

        /**
         * Sets Size.
         */
        public Builder size(Long size) {
            this.size = size;
            return this;
        }

        /**
         * The record.
         */
        public Thing build() {
            return new Thing(size);
        }
    }
}
