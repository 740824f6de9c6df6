package dev.tcgen.client.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes that every Tencent Cloud API 3.0 service may return.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum CommonErrorCode {
    /**
     * {@code InternalError}: Internal error.
     */
    INTERNAL_ERROR("InternalError", "Internal error."),

    /**
     * {@code RequestLimitExceeded.IPLimitExceeded}: Too many requests from this IP.
     */
    REQUEST_LIMIT_EXCEEDED_IP_LIMIT_EXCEEDED("RequestLimitExceeded.IPLimitExceeded", "Too many requests from this IP."),

    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, CommonErrorCode> byCode = index();

    private final String code;

    private final String description;

    CommonErrorCode(String code, String description) {
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
    public static CommonErrorCode fromCode(String code) {
        CommonErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, CommonErrorCode> index() {
        Map<String, CommonErrorCode> codes = new HashMap<>();
        for (CommonErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
