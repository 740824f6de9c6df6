package dev.tcgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * What the fields a spec marks {@code sensitive} change in generated code: a record's {@code toString} shows
 * {@code ***} for their values, and the client tells wire logging their wire names.
 */
final class SensitiveFields {

    private SensitiveFields() {}

    /** The wire names of the sensitive fields of every shape of {@code service}, sorted so that output is reproducible. */
    static SortedSet<String> wireNames(Service service) {
        SortedSet<String> names = new TreeSet<>();
        Stream.concat(
                        service.actions().stream().flatMap(action -> Stream.of(action.request(), action.response())),
                        service.types().stream())
                .flatMap(shape -> shape.fields().stream())
                .filter(Field::sensitive)
                .forEach(field -> names.add(field.wireName()));
        return names;
    }

    /**
     * The arguments after the error factory in the client's {@code ServiceDescription}: none when no field is
     * sensitive (its 5-argument constructor), else {@code , Set.of("Password", ...)}.
     */
    static CodeBlock descriptionArgument(Service service) {
        SortedSet<String> names = wireNames(service);
        if (names.isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder set = CodeBlock.builder().add(",$W$T.of(", java.util.Set.class);
        String separator = "";
        for (String name : names) {
            set.add(separator + "$S", name);
            separator = ", ";
        }
        return set.add(")").build();
    }

    /**
     * A record's {@code toString} in the form records give ({@code Name[a=1, b=x]}), with {@code ***} for the
     * non-null value (non-empty list) of each sensitive field; empty when the shape has none, so the record keeps its own.
     */
    static Optional<MethodSpec> toStringMethod(Shape shape) {
        List<Field> fields = shape.fields();
        if (fields.stream().noneMatch(Field::sensitive)) {
            return Optional.empty();
        }
        CodeBlock.Builder text = CodeBlock.builder();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            text.add(i == 0 ? "return $S + " : "$W+ $S + ",
                    (i == 0 ? shape.javaName() + "[" : ", ") + field.javaName() + "=");
            if (!field.sensitive()) {
                text.add("$N", field.javaName());
            } else if (field.type() instanceof FieldType.ListOf) {
                // Lists are never null; an empty one hides nothing.
                text.add("($N.isEmpty() ? $S : $S)", field.javaName(), "[]", "***");
            } else {
                text.add("($N == null ? $S : $S)", field.javaName(), "null", "***");
            }
        }
        text.add("$W+ $S", "]");
        return Optional.of(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("This record's fields as a record prints them, with {@code ***} for the value of each sensitive one.\n\n$L",
                        Javadoc.returnTag("the text, which never holds a sensitive value"))
                .returns(String.class)
                .addStatement("$L", text.build())
                .build());
    }
}
