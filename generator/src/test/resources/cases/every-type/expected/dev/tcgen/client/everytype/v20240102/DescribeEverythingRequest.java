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
 * The request of {@code DescribeEverything}: Takes and returns one field of each type.
 *
 * <p>Service {@code everytype}, version {@code 2024-01-02}. Rate limit: 100 requests per second. A region is required.
 *
 * <p>Error codes:
 * <ul>
 *   <li>{@code FailedOperation.EverythingBroken} — Everything broke.</li>
 *   <li>{@code InvalidParameter}</li>
 *   <li>{@code ResourceNotFound} — Not found.</li>
 * </ul>
 *
 * @param name A string. (JSON {@code Name}, required)
 * @param enabled A boolean. (JSON {@code Enabled})
 * @param count A 64-bit integer. (JSON {@code Count}, required)
 * @param ratio A float. (JSON {@code Ratio})
 * @param since A timestamp. (JSON {@code Since})
 * @param filter JSON text. (JSON {@code Filter})
 * @param tags A list of strings. (JSON {@code Tags})
 * @param ids A list of integers. (JSON {@code Ids})
 * @param item A data type. (JSON {@code Item})
 * @param items A list of a data type. (JSON {@code Items})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record DescribeEverythingRequest(@JsonProperty("Name") String name,
        @JsonProperty("Enabled") Boolean enabled, @JsonProperty("Count") Long count,
        @JsonProperty("Ratio") Double ratio, @JsonProperty("Since") String since,
        @JsonProperty("Filter") String filter,
        @JsonProperty("Tags") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
        @JsonProperty("Ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> ids,
        @JsonProperty("Item") Item item,
        @JsonProperty("Items") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Item> items) {
    public DescribeEverythingRequest {
        if (name == null) {
            throw new IllegalArgumentException("DescribeEverythingRequest: Name (name) is required");
        }
        if (count == null) {
            throw new IllegalArgumentException("DescribeEverythingRequest: Count (count) is required");
        }
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        ids = ids == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ids));
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    /**
     * Since as a date-time; empty when absent or not ISO-8601 with an offset.
     */
    public Optional<OffsetDateTime> sinceAsDateTime() {
        return JsonValues.timestamp(since);
    }

    /**
     * Filter parsed as JSON; empty when absent, blank or not valid JSON.
     */
    public Optional<JsonNode> filterAsJson() {
        return JsonValues.json(filter);
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
     * Builds a {@link DescribeEverythingRequest}; not thread-safe.
     */
    public static final class Builder {
        private String name;

        private Boolean enabled;

        private Long count;

        private Double ratio;

        private String since;

        private String filter;

        private List<String> tags;

        private List<Long> ids;

        private Item item;

        private List<Item> items;

        private Builder() {
        }

        private Builder(DescribeEverythingRequest source) {
            this.name = source.name();
            this.enabled = source.enabled();
            this.count = source.count();
            this.ratio = source.ratio();
            this.since = source.since();
            this.filter = source.filter();
            this.tags = source.tags();
            this.ids = source.ids();
            this.item = source.item();
            this.items = source.items();
        }

        /**
         * Sets Name (required).
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets Enabled.
         */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets Count (required).
         */
        public Builder count(Long count) {
            this.count = count;
            return this;
        }

        /**
         * Sets Ratio.
         */
        public Builder ratio(Double ratio) {
            this.ratio = ratio;
            return this;
        }

        /**
         * Sets Since.
         */
        public Builder since(String since) {
            this.since = since;
            return this;
        }

        /**
         * Sets Filter.
         */
        public Builder filter(String filter) {
            this.filter = filter;
            return this;
        }

        /**
         * Sets Tags.
         */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets Ids.
         */
        public Builder ids(List<Long> ids) {
            this.ids = ids;
            return this;
        }

        /**
         * Sets Item.
         */
        public Builder item(Item item) {
            this.item = item;
            return this;
        }

        /**
         * Sets Items.
         */
        public Builder items(List<Item> items) {
            this.items = items;
            return this;
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public DescribeEverythingRequest build() {
            return new DescribeEverythingRequest(name, enabled, count, ratio, since, filter, tags, ids, item, items);
        }
    }
}
