package dev.tcgen.client.everytype.v20240102;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tree.
 *
 * @param name Name. (JSON {@code Name})
 * @param children Children. (JSON {@code Children})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record Tree(@JsonProperty("Name") String name,
        @JsonProperty("Children") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Tree> children) {
    public Tree {
        children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
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
     * Builds a {@link Tree}; not thread-safe.
     */
    public static final class Builder {
        private String name;

        private List<Tree> children;

        private Builder() {
        }

        private Builder(Tree source) {
            this.name = source.name();
            this.children = source.children();
        }

        /**
         * Sets Name.
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets Children.
         */
        public Builder children(List<Tree> children) {
            this.children = children;
            return this;
        }

        /**
         * The record.
         */
        public Tree build() {
            return new Tree(name, children);
        }
    }
}
