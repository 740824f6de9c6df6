package dev.tcgen.generator.tencent;

import java.util.List;

/**
 * A service spec as the importer builds it, before it becomes YAML text: the same elements as the spec
 * format, in the order they will be written.
 */
public record SpecDocument(String comment, Service service, List<Action> actions, List<Type> types, List<ErrorCode> errors) {

    public record Service(String name, String version, String host, String title) {}

    public record Action(
            String name,
            String title,
            String description,
            boolean regionRequired,
            List<Field> request,
            List<Field> response,
            List<String> errors,
            List<Example> examples) {}

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

    /** @param description may be null */
    public record ErrorCode(String code, String description) {}
}
