package dev.tcgen.client.matrix.v20230506;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes of matrix ({@code matrix} 2023-05-06) as its spec lists them.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum MatrixErrorCode {
    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, MatrixErrorCode> byCode = index();

    private final String code;

    private final String description;

    MatrixErrorCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * The code as the server sends it; empty for {@link #UNKNOWN}.
     */
    public String code() {
        return code;
    }

    /**
     * The documented meaning; empty where none is published.
     */
    public String description() {
        return description;
    }

    /**
     * The constant for {@code code}, or {@link #UNKNOWN} when it is null or not listed; never throws.
     */
    public static MatrixErrorCode fromCode(String code) {
        MatrixErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, MatrixErrorCode> index() {
        Map<String, MatrixErrorCode> codes = new HashMap<>();
        for (MatrixErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
