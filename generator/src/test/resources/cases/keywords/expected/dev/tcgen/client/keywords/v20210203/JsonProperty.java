package dev.tcgen.client.keywords.v20210203;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Same simple name as the Jackson annotation on every component.
 *
 * @param value Value. (JSON {@code Value})
 * @param items Items. (JSON {@code Items})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record JsonProperty(@com.fasterxml.jackson.annotation.JsonProperty("Value") String value,
        @com.fasterxml.jackson.annotation.JsonProperty("Items") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonProperty> items) {
    public JsonProperty {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
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
     * Builds a {@link JsonProperty}; not thread-safe.
     */
    public static final class Builder {
        private String value;

        private List<JsonProperty> items;

        private Builder() {
        }

        private Builder(JsonProperty source) {
            this.value = source.value();
            this.items = source.items();
        }

        /**
         * Sets Value.
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets Items.
         */
        public Builder items(List<JsonProperty> items) {
            this.items = items;
            return this;
        }

        /**
         * The record.
         */
        public JsonProperty build() {
            return new JsonProperty(value, items);
        }
    }
}
