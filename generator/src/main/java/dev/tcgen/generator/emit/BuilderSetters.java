package dev.tcgen.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The builder setters beside each field's plain one, so that calls read like a hand-written SDK's: a list takes
 * varargs ({@code tags("a", "b")}) and single elements ({@code addTags("c")}); a {@code Long}, {@code Double} or
 * {@code Boolean} also takes its primitive, so that {@code limit(20)} compiles (an {@code int} widens to {@code long}).
 * Integer and float list elements are primitives in these setters for the same reason ({@code ids(1, 2)}).
 *
 * <p>The builder always owns its list: the plain list setter and the copy constructor copy, so {@code addX} never
 * writes into a list the caller passed. Elements may be null as with the plain setter (sent as JSON {@code null});
 * a null array unsets the list.
 */
final class BuilderSetters {

    private final ClassName builder;
    private final String servicePackage;

    BuilderSetters(ClassName builder, String servicePackage) {
        this.builder = builder;
        this.servicePackage = servicePackage;
    }

    /**
     * The extra setters of {@code field}; {@code memberNames} are the Java names of the shape's fields, which an
     * {@code addX} method would be confused with (a field {@code AddTags} beside {@code Tags}): then it is left out.
     */
    List<MethodSpec> of(Field field, Set<String> memberNames) {
        List<MethodSpec> setters = new ArrayList<>();
        if (field.type() instanceof FieldType.ListOf list) {
            String add = addMethodName(field);
            boolean withAdd = !memberNames.contains(add);
            setters.add(varargs(field, list.element(), withAdd ? add : null));
            if (withAdd) {
                setters.add(add(field, list.element(), add));
            }
        } else {
            primitive(field.type()).ifPresent(primitive -> setters.add(MethodSpec.methodBuilder(field.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("$L", primitiveDoc(field, primitive))
                    .addParameter(primitive, field.javaName())
                    .returns(builder)
                    .addStatement("this.$1N = $1N", field.javaName())
                    .addStatement("return this")
                    .build()));
        }
        return setters;
    }

    /** {@code Tags} → {@code addTags}; an escaped name loses its {@code _}, as {@code addClass} is no keyword. */
    static String addMethodName(Field field) {
        String name = field.javaName().endsWith("_")
                ? field.javaName().substring(0, field.javaName().length() - 1)
                : field.javaName();
        return "add" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code add} is the name of the field's {@code addX} setter, or null when it has none. */
    private MethodSpec varargs(Field field, FieldType element, String add) {
        TypeName elementType = elementParameter(element);
        String each = each(field);
        MethodSpec.Builder method = MethodSpec.methodBuilder(field.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", varargsDoc(field, element, add))
                .addParameter(ArrayTypeName.of(elementType), field.javaName())
                .varargs(true)
                .returns(builder);
        if (elementType instanceof ParameterizedTypeName) {
            // A list of lists: the array is only read here, never kept or handed on, so no heap pollution.
            method.addModifiers(Modifier.FINAL).addAnnotation(SafeVarargs.class);
        }
        return method
                .beginControlFlow("if ($N == null)", field.javaName())
                .addStatement("this.$N = null", field.javaName())
                .addStatement("return this")
                .endControlFlow()
                .addStatement("this.$N = new $T<>($N.length)", field.javaName(), ArrayList.class, field.javaName())
                .beginControlFlow("for ($T $N : $N)", elementType, each, field.javaName())
                .addStatement("this.$N.add($N)", field.javaName(), each)
                .endControlFlow()
                .addStatement("return this")
                .build();
    }

    private MethodSpec add(Field field, FieldType element, String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", addDoc(field, element))
                .addParameter(elementParameter(element), field.javaName())
                .returns(builder)
                .beginControlFlow("if (this.$N == null)", field.javaName())
                .addStatement("this.$N = new $T<>()", field.javaName(), ArrayList.class)
                .endControlFlow()
                .addStatement("this.$1N.add($1N)", field.javaName())
                .addStatement("return this")
                .build();
    }

    /*
     * The overloads' Javadoc: what each sets with the field's own text, as the plain setter's (Javadoc.setterDoc),
     * then how it differs from its siblings.
     */
    private String varargsDoc(Field field, FieldType element, String add) {
        return sets(field) + "<p>Takes the elements in order; a null array unsets the list"
                + (add == null ? "" : ", and {@code " + add + "} adds one element") + ".\n\n"
                + Javadoc.paramTag(field.javaName(), elementParameter(element).isPrimitive() ? "the elements"
                        : "the elements; each may be null (sent as JSON {@code null})")
                + Javadoc.returnTag("this builder");
    }

    private String addDoc(Field field, FieldType element) {
        return Javadoc.withOwnText("Adds one element to {@code " + field.wireName() + "}", field)
                + "<p>The element goes to the end of the list, which starts empty when none is set.\n\n"
                + Javadoc.paramTag(field.javaName(), elementParameter(element).isPrimitive() ? "the element"
                        : "the element; null is sent as JSON {@code null}")
                + Javadoc.returnTag("this builder");
    }

    private static String primitiveDoc(Field field, TypeName primitive) {
        // A Long or Double setter refuses an int such as 20; the primitive one widens it.
        String widens = primitive.equals(TypeName.BOOLEAN) ? "" : ", so that an {@code int} such as {@code 20} fits too";
        return sets(field) + "<p>Takes a {@code " + primitive + "}" + widens + ".\n\n"
                + Javadoc.paramTag(field.javaName(), "the value") + Javadoc.returnTag("this builder");
    }

    private static String sets(Field field) {
        return Javadoc.withOwnText("Sets {@code " + field.wireName() + "}" + (field.required() ? " (required)" : ""), field);
    }

    /** An element as these setters take it: a primitive for integer and float, else the element's own type. */
    private TypeName elementParameter(FieldType element) {
        if (element == FieldType.Primitive.INTEGER || element == FieldType.Primitive.FLOAT) {
            return primitive(element).orElseThrow();
        }
        return JavaTypes.of(element, servicePackage);
    }

    private static Optional<TypeName> primitive(FieldType type) {
        if (type == FieldType.Primitive.INTEGER) {
            return Optional.of(TypeName.LONG);
        }
        if (type == FieldType.Primitive.FLOAT) {
            return Optional.of(TypeName.DOUBLE);
        }
        if (type == FieldType.Primitive.BOOLEAN) {
            return Optional.of(TypeName.BOOLEAN);
        }
        return Optional.empty();
    }

    /** The loop variable of the varargs setter: any name but the parameter's own. */
    private static String each(Field field) {
        return field.javaName().equals("element") ? "element_" : "element";
    }
}
