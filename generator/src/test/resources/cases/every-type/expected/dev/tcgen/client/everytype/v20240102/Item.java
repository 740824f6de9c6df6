package dev.tcgen.client.everytype.v20240102;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.client.core.JsonValues;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A data type with every primitive.
 *
 * @param id Identifier. (JSON {@code Id})
 * @param label Label. (JSON {@code Label})
 * @param weight Weight. (JSON {@code Weight})
 * @param active Whether active. (JSON {@code Active})
 * @param created Creation time. (JSON {@code Created})
 * @param extra Extra data, as JSON text. (JSON {@code Extra})
 * @param children Items below this one. (JSON {@code Children})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record Item(@JsonProperty("Id") Long id, @JsonProperty("Label") String label,
        @JsonProperty("Weight") Double weight, @JsonProperty("Active") Boolean active,
        @JsonProperty("Created") String created, @JsonProperty("Extra") String extra,
        @JsonProperty("Children") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Item> children) {
    public Item {
        children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
    }

    /**
     * Created as a date-time; empty when absent or not ISO-8601 with an offset.
     */
    public Optional<OffsetDateTime> createdAsDateTime() {
        return JsonValues.timestamp(created);
    }

    /**
     * Extra parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> extraAsJson() {
        return JsonValues.json(extra);
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
     * Builds a {@link Item}; not thread-safe.
     */
    public static final class Builder {
        private Long id;

        private String label;

        private Double weight;

        private Boolean active;

        private String created;

        private String extra;

        private List<Item> children;

        private Builder() {
        }

        private Builder(Item source) {
            this.id = source.id();
            this.label = source.label();
            this.weight = source.weight();
            this.active = source.active();
            this.created = source.created();
            this.extra = source.extra();
            this.children = source.children();
        }

        /**
         * Sets Id.
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * Sets Label.
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets Weight.
         */
        public Builder weight(Double weight) {
            this.weight = weight;
            return this;
        }

        /**
         * Sets Active.
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * Sets Created.
         */
        public Builder created(String created) {
            this.created = created;
            return this;
        }

        /**
         * Sets Extra.
         */
        public Builder extra(String extra) {
            this.extra = extra;
            return this;
        }

        /**
         * Sets Children.
         */
        public Builder children(List<Item> children) {
            this.children = children;
            return this;
        }

        /**
         * The record.
         */
        public Item build() {
            return new Item(id, label, weight, active, created, extra, children);
        }
    }
}
