package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A record's typed accessors beside a field's raw text ({@code startTimeAsDateTime()} beside {@code startTime()}):
 * the text stays what the server sent, and the accessor reads it through the runtime's {@code JsonValues}, empty
 * rather than throwing when the text does not parse.
 */
final class TypedAccessors {

    private static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

    private final ClassName jsonValues;

    TypedAccessors(GeneratedNames names) {
        this.jsonValues = names.jsonValues();
    }

    /** The typed accessors of {@code field}: none, one, or two for a datetime (with and without a zone). */
    List<MethodSpec> of(Field field) {
        if (field.type() == FieldType.Primitive.DATETIME) {
            return List.of(
                    accessor(field, "AsLocalDateTime", LocalDateTime.class, "localDateTime",
                            "as the date and time written, without a zone",
                            "the date and time; empty when absent or not a date and time such as"
                                    + " {@code 2006-01-02 15:04:05}"),
                    accessor(field, "AsDateTime", OffsetDateTime.class, "dateTime",
                            "as a date-time, read as Beijing time (UTC+8), as Tencent's servers write it, unless the"
                                    + " text gives an offset",
                            "the date-time; empty when absent or not a date and time"));
        }
        if (field.type() == FieldType.Primitive.TIMESTAMP) {
            return List.of(accessor(field, "AsDateTime", OffsetDateTime.class, "timestamp", "as a date-time",
                    "the date-time; empty when absent or not ISO-8601 with an offset"));
        }
        if (field.type() == FieldType.Primitive.DATE) {
            return List.of(accessor(field, "AsDate", LocalDate.class, "date", "as a calendar date",
                    "the date; empty when absent or not a date such as {@code 2006-01-02}"));
        }
        if (field.type() == FieldType.Primitive.JSON) {
            return List.of(accessor(field, "AsJson", JSON_NODE, "json", "parsed as JSON",
                    "the JSON tree; empty when absent, blank or not valid JSON"));
        }
        return List.of();
    }

    private MethodSpec accessor(Field field, String suffix, Class<?> type, String reader, String what, String returns) {
        return accessor(field, suffix, ClassName.get(type), reader, what, returns);
    }

    /** {@code what} and {@code returns} are Javadoc written here, never spec text. */
    private MethodSpec accessor(Field field, String suffix, TypeName type, String reader, String what, String returns) {
        return MethodSpec.methodBuilder(field.javaName() + suffix)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", "{@code " + field.wireName() + "} ({@link #" + field.javaName() + "()}) " + what
                        + ".\n\n" + Javadoc.returnTag(returns))
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addStatement("return $T.$L($N)", jsonValues, reader, field.javaName())
                .build();
    }
}
