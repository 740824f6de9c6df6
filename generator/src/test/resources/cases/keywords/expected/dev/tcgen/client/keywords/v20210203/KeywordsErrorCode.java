package dev.tcgen.client.keywords.v20210203;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes of keywords ({@code keywords} 2021-02-03) as its spec lists them.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum KeywordsErrorCode {
    /**
     * {@code ByCode}: Named like the enum's code index.
     */
    BY_CODE("ByCode", "Named like the enum's code index."),

    /**
     * {@code Code}: Named like code().
     */
    CODE("Code", "Named like code()."),

    /**
     * {@code Description}: Named like description().
     */
    DESCRIPTION("Description", "Named like description()."),

    /**
     * {@code Values}: Named like values().
     */
    VALUES("Values", "Named like values()."),

    /**
     * {@code FromCode.Index}: Named like fromCode and index.
     */
    FROM_CODE_INDEX("FromCode.Index", "Named like fromCode and index."),

    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, KeywordsErrorCode> byCode = index();

    private final String code;

    private final String description;

    KeywordsErrorCode(String code, String description) {
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
    public static KeywordsErrorCode fromCode(String code) {
        KeywordsErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, KeywordsErrorCode> index() {
        Map<String, KeywordsErrorCode> codes = new HashMap<>();
        for (KeywordsErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
