package dev.tcgen.client.matrix.v20230506;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One cell.
 *
 * @param x X. (JSON {@code X})
 * @param y Y. (JSON {@code Y})
 * @param neighbours Adjacent cells, grouped by direction. (JSON {@code Neighbours})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record Cell(@JsonProperty("X") Long x, @JsonProperty("Y") Long y,
        @JsonProperty("Neighbours") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<List<Cell>> neighbours) {
    public Cell {
        neighbours = neighbours == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(neighbours));
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
     * Builds a {@link Cell}; not thread-safe.
     */
    public static final class Builder {
        private Long x;

        private Long y;

        private List<List<Cell>> neighbours;

        private Builder() {
        }

        private Builder(Cell source) {
            this.x = source.x();
            this.y = source.y();
            this.neighbours = source.neighbours();
        }

        /**
         * Sets X.
         */
        public Builder x(Long x) {
            this.x = x;
            return this;
        }

        /**
         * Sets Y.
         */
        public Builder y(Long y) {
            this.y = y;
            return this;
        }

        /**
         * Sets Neighbours.
         */
        public Builder neighbours(List<List<Cell>> neighbours) {
            this.neighbours = neighbours;
            return this;
        }

        /**
         * The record.
         */
        public Cell build() {
            return new Cell(x, y, neighbours);
        }
    }
}
