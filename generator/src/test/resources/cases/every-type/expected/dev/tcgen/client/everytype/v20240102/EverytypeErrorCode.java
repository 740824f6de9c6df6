package dev.tcgen.client.everytype.v20240102;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes of Every Type Service ({@code everytype} 2024-01-02) as its spec lists them.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum EverytypeErrorCode {
    /**
     * {@code FailedOperation.EverythingBroken}: Everything broke.
     */
    FAILED_OPERATION_EVERYTHING_BROKEN("FailedOperation.EverythingBroken", "Everything broke."),

    /**
     * {@code ResourceNotFound}: Not found.
     */
    RESOURCE_NOT_FOUND("ResourceNotFound", "Not found."),

    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, EverytypeErrorCode> byCode = index();

    private final String code;

    private final String description;

    EverytypeErrorCode(String code, String description) {
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
    public static EverytypeErrorCode fromCode(String code) {
        EverytypeErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, EverytypeErrorCode> index() {
        Map<String, EverytypeErrorCode> codes = new HashMap<>();
        for (EverytypeErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
