package dev.tcgen.generator.spec;

import java.util.List;

/**
 * What one spec file says, shaped but not yet validated: names are unresolved and values unchecked
 * beyond their YAML kind. Every element keeps its location so that later stages can point at it.
 *
 * <p>A file is either a service spec ({@code service} is present) or a common-error-codes file
 * ({@code commonErrors} is non-empty and everything else is empty).
 */
public record RawSpec(
        SourceLocation location,
        Service service,
        List<Action> actions,
        List<Type> types,
        List<ErrorCode> errors,
        List<ErrorCode> commonErrors) {

    public boolean isService() {
        return service != null;
    }

    /** A value with the place it was written. */
    public record Located<T>(T value, SourceLocation location) {}

    public record Service(
            Located<String> name, Located<String> version, Located<String> host, String title, SourceLocation location) {}

    /**
     * An action.
     *
     * @param idempotent the {@code idempotent} key, or null when the spec leaves it to the action's name
     * @param idempotencyToken the {@code idempotencyToken} key: the wire name of the request field, a located null
     *     value for {@code idempotencyToken: false} (the action has none), or null when the spec leaves it out
     */
    public record Action(
            Located<String> name,
            String title,
            String description,
            Located<Long> rateLimit,
            boolean regionRequired,
            List<Field> request,
            List<Field> response,
            List<Located<String>> errors,
            List<Example> examples,
            Located<Boolean> idempotent,
            Located<String> idempotencyToken,
            Pagination pagination) {}

    /**
     * An action's {@code pagination}, or null when it has none.
     *
     * @param fields each key that names a field ({@code offset}, {@code items}, ...) with the name it gives
     * @param firstPage the number of the first page, or null when not given
     */
    public record Pagination(java.util.Map<String, Located<String>> fields, Located<Long> firstPage, SourceLocation location) {}

    public record Type(Located<String> name, String description, List<Field> fields) {}

    /** A field; {@code example} is the YAML scalar as written, or null. */
    /** A field as written; {@code required} and {@code sensitive} are null when not given. */
    public record Field(
            Located<String> name,
            Located<String> type,
            Located<Boolean> required,
            String description,
            Node.Scalar example,
            Located<Boolean> sensitive) {

        /** A field that does not say whether it is sensitive. */
        public Field(Located<String> name, Located<String> type, Located<Boolean> required, String description, Node.Scalar example) {
            this(name, type, required, description, example, null);
        }
    }

    /**
     * An error code as written: {@code Code: description}, or {@code Code: {description: ..., constant: NAME}}.
     *
     * @param description may be null
     * @param constant the {@code constant} key, the Java constant the spec gives the code, or null for the derived one
     */
    public record ErrorCode(Located<String> code, String description, Located<String> constant) {

        /** A code that leaves its Java constant to the naming rule. */
        public ErrorCode(Located<String> code, String description) {
            this(code, description, null);
        }
    }

    /** An example call; the JSON texts are kept verbatim, with the scalars that hold them for locations. */
    public record Example(String title, String description, Node.Scalar request, Node.Scalar response, SourceLocation location) {}
}
