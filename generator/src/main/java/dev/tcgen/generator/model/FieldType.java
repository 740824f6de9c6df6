package dev.tcgen.generator.model;

/** The type of a field as the spec declares it, resolved against the spec's data types. */
public sealed interface FieldType {

    /** How the type is written in a spec ({@code list<RunMetadata>}). */
    String specName();

    /** Scalar types; each maps to one boxed Java type so that an absent value can be told from a default. */
    enum Primitive implements FieldType {
        STRING("string"),
        BOOLEAN("boolean"),
        /** 64-bit, as Tencent's int, int64 and uint64 all fit JSON numbers that Java reads as long. */
        INTEGER("integer"),
        FLOAT("float"),
        /** ISO-8601 with offset, kept as the server's text with typed access beside it. */
        TIMESTAMP("timestamp"),
        /**
         * A date and time without an offset ({@code 2006-01-02 15:04:05}), as Tencent's {@code datetime} members
         * are written: the server's text with typed access beside it, read as Beijing time (UTC+8).
         */
        DATETIME("datetime"),
        /** A calendar date ({@code 2006-01-02}): the server's text with a {@code LocalDate} beside it. */
        DATE("date"),
        /** A string that holds JSON text, kept as the server's text with a parsed tree beside it. */
        JSON("json");

        private final String specName;

        Primitive(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }
    }

    record ListOf(FieldType element) implements FieldType {
        @Override
        public String specName() {
            return "list<" + element.specName() + ">";
        }
    }

    /** A reference to a data type of the same service, by its spec name. */
    record Ref(String typeName) implements FieldType {
        @Override
        public String specName() {
            return typeName;
        }
    }
}
