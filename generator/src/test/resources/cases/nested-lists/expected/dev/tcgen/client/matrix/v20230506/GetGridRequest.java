package dev.tcgen.client.matrix.v20230506;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The request of {@code GetGrid}: Returns a grid of cells.
 *
 * <p>Service {@code matrix}, version {@code 2023-05-06}. No rate limit is documented. A region is not required.
 *
 * @param rows Cells to seed, row by row. (JSON {@code Rows})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(
        ignoreUnknown = true
)
public record GetGridRequest(
        @JsonProperty("Rows") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<List<Cell>> rows) {
    public GetGridRequest {
        rows = rows == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rows));
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
     * Builds a {@link GetGridRequest}; not thread-safe.
     */
    public static final class Builder {
        private List<List<Cell>> rows;

        private Builder() {
        }

        private Builder(GetGridRequest source) {
            this.rows = source.rows();
        }

        /**
         * Sets Rows.
         */
        public Builder rows(List<List<Cell>> rows) {
            this.rows = rows;
            return this;
        }

        /**
         * The request; throws {@link IllegalArgumentException} naming a required field that is unset.
         */
        public GetGridRequest build() {
            return new GetGridRequest(rows);
        }
    }
}
