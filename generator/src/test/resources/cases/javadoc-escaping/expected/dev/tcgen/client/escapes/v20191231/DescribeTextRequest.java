package dev.tcgen.client.escapes.v20191231;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request of {@code DescribeText}: Ends a comment here &#42;/ and opens one /* there.
 * Uses &lt;html&gt; &amp; entities &amp;amp; and an &#64;param tag, {&#64;code braces}, and a &#92;u000a newline escape.
 * 多语言描述 — non-ASCII text.
 *
 * <p>Service {@code escapes}, version {@code 2019-12-31}. Rate limit: 3 requests per second. A region is not required.
 *
 * <p>Error codes:
 * <ul>
 *   <li>{@code FailedOperation.QuoteDoubled} — The "quoted" text &#42;/ was wrong.</li>
 *   <li>{@code FailedOperation.Backslashed} — C:&#92;temp&#92;u0000 is not a path; 中文说明.</li>
 * </ul>
 *
 * @param pattern A glob such as /path/&#42;/ or C:&#92;Users&#92;u0041; quotes " and ' too. (JSON {@code Pattern}, required)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record DescribeTextRequest(@JsonProperty("Pattern") String pattern) {
    public DescribeTextRequest {
        if (pattern == null) {
            throw new IllegalArgumentException("DescribeTextRequest: Pattern (pattern) is required");
        }
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
     * Builds a {@link DescribeTextRequest}; not thread-safe.
     */
    public static final class Builder {
        private String pattern;

        private Builder() {
        }

        private Builder(DescribeTextRequest source) {
            this.pattern = source.pattern();
        }

        /**
         * Sets Pattern (required).
         */
        public Builder pattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public DescribeTextRequest build() {
            return new DescribeTextRequest(pattern);
        }
    }
}
