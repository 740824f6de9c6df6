package dev.tcgen.client.keywords.v20210203;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A class named after a keyword (capitalised, so legal).
 *
 * @param char_ Char. (JSON {@code Char})
 * @param do_ Do. (JSON {@code Do})
 * @param catch_ Catch. (JSON {@code Catch})
 * @param finally_ Finally. (JSON {@code Finally})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record Default(@JsonProperty("Char") String char_, @JsonProperty("Do") String do_,
        @JsonProperty("Catch") String catch_, @JsonProperty("Finally") String finally_) {
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
     * Builds a {@link Default}; not thread-safe.
     */
    public static final class Builder {
        private String char_;

        private String do_;

        private String catch_;

        private String finally_;

        private Builder() {
        }

        private Builder(Default source) {
            this.char_ = source.char_();
            this.do_ = source.do_();
            this.catch_ = source.catch_();
            this.finally_ = source.finally_();
        }

        /**
         * Sets Char.
         */
        public Builder char_(String char_) {
            this.char_ = char_;
            return this;
        }

        /**
         * Sets Do.
         */
        public Builder do_(String do_) {
            this.do_ = do_;
            return this;
        }

        /**
         * Sets Catch.
         */
        public Builder catch_(String catch_) {
            this.catch_ = catch_;
            return this;
        }

        /**
         * Sets Finally.
         */
        public Builder finally_(String finally_) {
            this.finally_ = finally_;
            return this;
        }

        /**
         * The record.
         */
        public Default build() {
            return new Default(char_, do_, catch_, finally_);
        }
    }
}
