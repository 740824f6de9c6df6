package dev.tcgen.generator.tencent;

import java.util.List;

/**
 * A service spec as the importer builds it, before it becomes YAML text: the same elements as the spec
 * format, in the order they will be written.
 */
public record SpecDocument(String comment, Service service, List<Action> actions, List<Type> types, List<ErrorCode> errors) {

    public record Service(String name, String version, String host, String title) {}

    /**
     * @param idempotent the {@code idempotent} key to write, or null for none (the name decides)
     * @param idempotencyToken the {@code idempotencyToken} key to write: a request field's wire name, {@link #NO_TOKEN}
     *     for {@code idempotencyToken: false}, or null for none (a {@code ClientToken} field decides)
     */
    public record Action(
            String name,
            String title,
            String description,
            boolean regionRequired,
            List<Field> request,
            List<Field> response,
            List<String> errors,
            List<Example> examples,
            Boolean idempotent,
            String idempotencyToken,
            Pagination pagination) {

        /** The {@code idempotencyToken} of an action whose {@code ClientToken} field is not a token. */
        public static final String NO_TOKEN = "";
    }

    /**
     * An action's pagination, as the spec's {@code pagination} keys say it.
     *
     * @param kind {@code offset}, {@code page} or {@code token}: the key of {@code position}
     * @param position the request field of the offset, page number or token
     * @param size the request field of the limit ({@code offset}, {@code token}) or page size ({@code page}); may be
     *     null for a token
     * @param firstPage the number of the first page, or null for the format's default
     * @param total the response field of the total, or null
     * @param nextToken the response field of the next token ({@code token} only)
     */
    public record Pagination(String kind, String position, String size, Long firstPage, String total, String items,
            String nextToken) {}

    public record Type(String name, String description, List<Field> fields) {}

    /**
     * @param type as written in a spec, e.g. {@code list<RunMetadata>}
     * @param example a {@link String}, {@link Long}, {@link Double} or {@link Boolean}, or null
     */
    /** @param sensitive whether the spec marks the field {@code sensitive: true} */
    public record Field(String name, String type, boolean required, String description, Object example, boolean sensitive) {

        /** A field that is not sensitive. */
        public Field(String name, String type, boolean required, String description, Object example) {
            this(name, type, required, description, example, false);
        }
    }

    /** The JSON texts are kept as the source gives them. */
    public record Example(String title, String description, String request, String response) {}

    /**
     * @param description may be null
     * @param constant the {@code constant:} to write, or null for the one the code derives
     */
    public record ErrorCode(String code, String description, String constant) {

        /** A code whose constant is the derived one. */
        public ErrorCode(String code, String description) {
            this(code, description, null);
        }
    }
}
