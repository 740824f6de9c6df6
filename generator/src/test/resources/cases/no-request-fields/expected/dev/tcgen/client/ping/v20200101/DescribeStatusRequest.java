package dev.tcgen.client.ping.v20200101;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The request of {@code DescribeStatus}: Returns the status; takes no parameters.
 *
 * <p>Service {@code ping}, version {@code 2020-01-01}. No rate limit is documented. A region is not required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record DescribeStatusRequest() {
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
     * Builds a {@link DescribeStatusRequest}; not thread-safe.
     */
    public static final class Builder {
        private Builder() {
        }

        private Builder(DescribeStatusRequest source) {
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public DescribeStatusRequest build() {
            return new DescribeStatusRequest();
        }
    }
}
