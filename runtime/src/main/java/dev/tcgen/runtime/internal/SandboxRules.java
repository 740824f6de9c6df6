package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a sandbox checks about a request, as the spec says it, and the check itself.
 *
 * <p>Types are written as in the spec: {@code string}, {@code boolean}, {@code integer},
 * {@code float}, {@code timestamp}, {@code json}, {@code list<T>}, or the name of a data type.
 */
public final class SandboxRules {
    private SandboxRules() {
    }

    /**
     * The first way {@code parameters} (a JSON object) breaks the rules, or null when it keeps them:
     * an unknown parameter, then a missing required one, then a value of the wrong type. Fields of
     * data types are checked the same way and named by their path, e.g. {@code Filters.0.Name}.
     * A null value counts as absent.
     *
     * @param parameters the request parameters, a JSON object
     * @param fields the fields the parameters may have
     * @param types the data types those fields may use, by name
     * @return the first violation, or null
     */
    public static Violation check(JsonNode parameters, List<Field> fields,
            Map<String, List<Field>> types) {
        return checkObject("", parameters, fields, types);
    }

    private static Violation checkObject(String prefix, JsonNode object, List<Field> fields,
            Map<String, List<Field>> types) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (fields.stream().noneMatch(field -> field.name().equals(name))) {
                String hint = fields.stream().map(Field::name)
                        .filter(known -> known.equalsIgnoreCase(name))
                        .map(known -> " (did you mean `" + prefix + known + "`?)")
                        .findFirst().orElse("");
                return new Violation("UnknownParameter",
                        "The parameter `" + prefix + name + "` is not recognized" + hint + ".");
            }
        }
        for (Field field : fields) {
            JsonNode value = object.get(field.name());
            if (field.required() && (value == null || value.isNull())) {
                return new Violation("MissingParameter",
                        "The request is missing a required parameter `" + prefix + field.name() + "`.");
            }
        }
        for (Field field : fields) {
            JsonNode value = object.get(field.name());
            if (value != null && !value.isNull()) {
                Violation violation = checkValue(prefix + field.name(), value, field.type(), types);
                if (violation != null) {
                    return violation;
                }
            }
        }
        return null;
    }

    private static Violation checkValue(String path, JsonNode value, String type,
            Map<String, List<Field>> types) {
        if (type.startsWith("list<") && type.endsWith(">")) {
            if (!value.isArray()) {
                return invalid(path, "a list", value);
            }
            String element = type.substring("list<".length(), type.length() - 1);
            for (int i = 0; i < value.size(); i++) {
                Violation violation = checkValue(path + "." + i, value.get(i), element, types);
                if (violation != null) {
                    return violation;
                }
            }
            return null;
        }
        switch (type) {
            case "string":
            case "timestamp":
            case "json":
                return value.isTextual() ? null : invalid(path, "a string", value);
            case "boolean":
                return value.isBoolean() ? null : invalid(path, "true or false", value);
            case "integer":
                return value.isIntegralNumber() && value.canConvertToLong() ? null
                        : invalid(path, "an integer", value);
            case "float":
                return value.isNumber() ? null : invalid(path, "a number", value);
            default:
                List<Field> fields = types.get(type);
                if (fields == null) {
                    return null;
                }
                return value.isObject() ? checkObject(path + ".", value, fields, types)
                        : invalid(path, "an object (" + type + ")", value);
        }
    }

    private static Violation invalid(String path, String expected, JsonNode value) {
        String shown = value.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "...";
        }
        return new Violation("InvalidParameterValue",
                "The value of parameter `" + path + "` must be " + expected + ", not " + shown + ".");
    }

    /**
     * A request parameter, or a field of a data type.
     *
     * @param name the JSON name
     * @param type the spec type, e.g. {@code list<string>}
     * @param required whether a request must have it
     */
    public static record Field(String name, String type, boolean required) {
        /**
         * Checks that the name and type are given.
         *
         * @param name the JSON name
         * @param type the spec type, e.g. {@code list<string>}
         * @param required whether a request must have it
         */
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * An action of the service.
     *
     * @param name the action name
     * @param rateLimit requests per second the service accepts; 0 for no limit
     * @param regionRequired whether a request without {@code X-TC-Region} is refused
     * @param parameters the request fields
     * @param paging how its answers come in pages, or null when they do not
     */
    public static record Action(String name, int rateLimit, boolean regionRequired,
            List<Field> parameters, Paging paging) {
        /**
         * Checks that the name is given and copies the parameters.
         *
         * @param name the action name
         * @param rateLimit documented calls per second; 0 for none
         * @param regionRequired whether a request needs a region
         * @param parameters the request fields
         * @param paging how its answers come in pages, or null
         */
        public Action {
            Objects.requireNonNull(name, "name");
            parameters = List.copyOf(parameters);
        }

        /**
         * An action whose answers do not come in pages.
         *
         * @param name the action name
         * @param rateLimit documented calls per second; 0 for none
         * @param regionRequired whether a request needs a region
         * @param parameters the request fields
         */
        public Action(String name, int rateLimit, boolean regionRequired, List<Field> parameters) {
            this(name, rateLimit, regionRequired, parameters, null);
        }
    }

    /**
     * How an action's answers come in pages: the sandbox serves each page out of the list of the canned answer
     * (see {@link SandboxPaging}).
     *
     * @param kind by offset, page number or token
     * @param position the request field of the offset, page number or token
     * @param size the request field of the limit or page size; null when the action has none
     * @param firstPage the number of the first page (page numbers only)
     * @param items the response field of the list that is paged
     * @param total the response field of the count of all items; null when the action has none
     * @param nextToken the response field of the next page's token (tokens only)
     */
    public static record Paging(Kind kind, String position, String size, long firstPage, String items,
            String total, String nextToken) {
        /**
         * Checks that the kind, position and items are given.
         *
         * @param kind by offset, page number or token
         * @param position the request field of the offset, page number or token
         * @param size the request field of the limit or page size, or null
         * @param firstPage the number of the first page (page numbers only)
         * @param items the response field of the list that is paged
         * @param total the response field of the count of all items, or null
         * @param nextToken the response field of the next page's token (tokens only)
         */
        public Paging {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(items, "items");
        }

        /**
         * Paging by an offset and a limit.
         *
         * @param offset the request field of the offset
         * @param limit the request field of the limit, or null
         * @param total the response field of the count of all items, or null
         * @param items the response field of the list that is paged
         * @return the paging
         */
        public static Paging byOffset(String offset, String limit, String total, String items) {
            return new Paging(Kind.OFFSET, offset, limit, 0, items, total, null);
        }

        /**
         * Paging by a page number, counted from {@code firstPage}, and a page size.
         *
         * @param page the request field of the page number
         * @param pageSize the request field of the page size, or null
         * @param firstPage the number of the first page, 1 or 0
         * @param total the response field of the count of all items, or null
         * @param items the response field of the list that is paged
         * @return the paging
         */
        public static Paging byPage(String page, String pageSize, long firstPage, String total, String items) {
            return new Paging(Kind.PAGE, page, pageSize, firstPage, items, total, null);
        }

        /**
         * Paging by a token in and the next token out; {@code limit} may be null.
         *
         * @param token the request field of the token
         * @param limit the request field of the limit, or null
         * @param nextToken the response field of the next page's token
         * @param items the response field of the list that is paged
         * @return the paging
         */
        public static Paging byToken(String token, String limit, String nextToken, String items) {
            return new Paging(Kind.TOKEN, token, limit, 0, items, null, Objects.requireNonNull(nextToken, "nextToken"));
        }

        /** The three ways Tencent's actions page. */
        public enum Kind {
            /** An offset and a limit in, a total and the items out. */
            OFFSET,
            /** A page number and a page size in, a total and the items out. */
            PAGE,
            /** A token in, the items and the next token out. */
            TOKEN
        }
    }

    /**
     * What a sandbox knows of its service from the spec.
     *
     * @param name the product name, e.g. {@code omics}
     * @param version the API version it serves
     * @param actions each action by name
     * @param types the fields of the data types that request parameters use, by type name
     */
    public static record Service(String name, String version, Map<String, Action> actions,
            Map<String, List<Field>> types) {
        /**
         * Checks that the name and version are given and copies the maps.
         *
         * @param name the product name
         * @param version the API version
         * @param actions the actions, by name
         * @param types the data types request fields use, by name
         */
        public Service {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            actions = Map.copyOf(actions);
            types = Map.copyOf(types);
        }
    }

    /**
     * Why a request is refused: the error code the service answers with, and a message.
     *
     * @param code the error code, e.g. {@code MissingParameter}
     * @param message what is wrong, for people
     */
    public static record Violation(String code, String message) {
    }
}
