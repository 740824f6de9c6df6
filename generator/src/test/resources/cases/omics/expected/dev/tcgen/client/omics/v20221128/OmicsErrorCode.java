package dev.tcgen.client.omics.v20221128;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes of Tencent Healthcare Omics ({@code omics} 2022-11-28) as its spec lists them.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum OmicsErrorCode {
    /**
     * {@code AuthFailure}: CAM signature/authentication error.
     */
    AUTH_FAILURE("AuthFailure", "CAM signature/authentication error."),

    /**
     * {@code InternalError}: Internal error.
     */
    INTERNAL_ERROR("InternalError", "Internal error."),

    /**
     * {@code InvalidParameter}: Parameter error.
     */
    INVALID_PARAMETER("InvalidParameter", "Parameter error."),

    /**
     * {@code InvalidParameterValue}: Parameter value error.
     */
    INVALID_PARAMETER_VALUE("InvalidParameterValue", "Parameter value error."),

    /**
     * {@code OperationDenied}: Operation rejected.
     */
    OPERATION_DENIED("OperationDenied", "Operation rejected."),

    /**
     * {@code ResourceNotFound}: The resource does not exist.
     */
    RESOURCE_NOT_FOUND("ResourceNotFound", "The resource does not exist."),

    /**
     * {@code ResourceNotFound.EnvironmentNotExist}: The environment does not exist.
     */
    RESOURCE_NOT_FOUND_ENVIRONMENT_NOT_EXIST("ResourceNotFound.EnvironmentNotExist", "The environment does not exist."),

    /**
     * {@code ResourceNotFound.RunNotExist}: The run does not exist.
     */
    RESOURCE_NOT_FOUND_RUN_NOT_EXIST("ResourceNotFound.RunNotExist", "The run does not exist."),

    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, OmicsErrorCode> byCode = index();

    private final String code;

    private final String description;

    OmicsErrorCode(String code, String description) {
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
    public static OmicsErrorCode fromCode(String code) {
        OmicsErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, OmicsErrorCode> index() {
        Map<String, OmicsErrorCode> codes = new HashMap<>();
        for (OmicsErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
