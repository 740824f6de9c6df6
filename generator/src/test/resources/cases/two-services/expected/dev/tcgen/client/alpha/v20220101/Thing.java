package dev.tcgen.client.alpha.v20220101;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Thing.
 *
 * @param id Id. (JSON {@code Id})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record Thing(@JsonProperty("Id") String id) {
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
        private String id;

        private Builder() {
        }

        private Builder(Thing source) {
            this.id = source.id();
        }

        /**
         * Sets Id.
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The record.
         */
        public Thing build() {
            return new Thing(id);
        }
    }
}
