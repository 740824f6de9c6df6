package dev.tcgen.client.beta.v20230202;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes of beta ({@code beta} 2023-02-02) as its spec lists them.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum BetaErrorCode {
    /**
     * {@code ResourceNotFound.ThingNotExist}: No such thing here either.
     */
    RESOURCE_NOT_FOUND_THING_NOT_EXIST("ResourceNotFound.ThingNotExist", "No such thing here either."),

    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, BetaErrorCode> byCode = index();

    private final String code;

    private final String description;

    BetaErrorCode(String code, String description) {
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
    public static BetaErrorCode fromCode(String code) {
        BetaErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, BetaErrorCode> index() {
        Map<String, BetaErrorCode> codes = new HashMap<>();
        for (BetaErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
