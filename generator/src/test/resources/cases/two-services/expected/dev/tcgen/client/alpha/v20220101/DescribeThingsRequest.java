package dev.tcgen.client.alpha.v20220101;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The request of {@code DescribeThings}: Lists things.
 *
 * <p>Service {@code alpha}, version {@code 2022-01-01}. No rate limit is documented. A region is required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record DescribeThingsRequest() {
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
     * Builds a {@link DescribeThingsRequest}; not thread-safe.
     */
    public static final class Builder {
        private Builder() {
        }

        private Builder(DescribeThingsRequest source) {
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public DescribeThingsRequest build() {
            return new DescribeThingsRequest();
        }
    }
}
