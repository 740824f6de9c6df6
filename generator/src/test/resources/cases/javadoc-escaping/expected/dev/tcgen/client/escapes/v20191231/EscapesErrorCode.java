package dev.tcgen.client.escapes.v20191231;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes of Escapes &#42;/ &lt;b&gt;bold&lt;/b&gt; &amp; &#64;author nobody ({@code escapes} 2019-12-31) as its spec lists them.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum EscapesErrorCode {
    /**
     * {@code FailedOperation.QuoteDoubled}: The "quoted" text &#42;/ was wrong.
     */
    FAILED_OPERATION_QUOTE_DOUBLED("FailedOperation.QuoteDoubled", "The \"quoted\" text */ was wrong."),

    /**
     * {@code FailedOperation.Backslashed}: C:&#92;temp&#92;u0000 is not a path; 中文说明.
     */
    FAILED_OPERATION_BACKSLASHED("FailedOperation.Backslashed", "C:\\temp\\u0000 is not a path; 中文说明."),

    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, EscapesErrorCode> byCode = index();

    private final String code;

    private final String description;

    EscapesErrorCode(String code, String description) {
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
    public static EscapesErrorCode fromCode(String code) {
        EscapesErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, EscapesErrorCode> index() {
        Map<String, EscapesErrorCode> codes = new HashMap<>();
        for (EscapesErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
