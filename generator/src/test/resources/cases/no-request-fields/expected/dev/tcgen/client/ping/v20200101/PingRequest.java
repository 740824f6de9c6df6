package dev.tcgen.client.ping.v20200101;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The request of {@code Ping}: Does nothing at all.
 *
 * <p>Service {@code ping}, version {@code 2020-01-01}. Rate limit: 1 requests per second. A region is required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record PingRequest() {
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
     * Builds a {@link PingRequest}; not thread-safe.
     */
    public static final class Builder {
        private Builder() {
        }

        private Builder(PingRequest source) {
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public PingRequest build() {
            return new PingRequest();
        }
    }
}
