package dev.tcgen.generator.emit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.ErrorCode;
import dev.tcgen.generator.model.Field;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.util.ArrayList;
import java.util.Collections;
import javax.lang.model.element.Modifier;

/**
 * Emits one request, response or data type as a record with a builder and its generated JSON codec
 * ({@link JsonCodecMethods}); the Jackson annotations stay for applications that bind records with databind. Every
 * component is boxed and nullable; lists are never null to the caller; requests check their required fields when built.
 */
final class RecordEmitter implements Emitter<RecordEmitter.Type> {

    /** One record: a shape of {@code service}; {@code action} is the action it is the request or response of, or null. */
    record Type(Service service, Shape shape, Action action) {}


    private final GeneratedNames names;

    private final JsonCodecMethods codecs;

    RecordEmitter(GeneratedNames names) {
        this.names = names;
        this.codecs = new JsonCodecMethods(names);
    }

    @Override
    public JavaFile emit(Type subject) {
        Service service = subject.service();
        Shape shape = subject.shape();
        Action action = subject.action();
        String pkg = names.servicePackage(service);
        ClassName self = ClassName.get(pkg, shape.javaName());
        ClassName builder = self.nestedClass("Builder");

        TypeSpec.Builder record = TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(classJavadoc(service, shape, action))
                .addAnnotation(AnnotationSpec.builder(JsonInclude.class)
                        .addMember("value", "$T.NON_NULL", JsonInclude.Include.class)
                        .build())
                .addAnnotation(AnnotationSpec.builder(JsonIgnoreProperties.class)
                        .addMember("ignoreUnknown", "true")
                        .build());

        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc(constructorJavadoc(shape));
        for (Field field : shape.fields()) {
            ParameterSpec.Builder component = ParameterSpec.builder(type(service, field), field.javaName())
                    .addAnnotation(AnnotationSpec.builder(JsonProperty.class)
                            .addMember("value", "$S", field.wireName())
                            .build());
            if (field.type() instanceof FieldType.ListOf) {
                // Lists are never null to the caller, so "absent" and "empty" must both stay off the wire.
                component.addAnnotation(AnnotationSpec.builder(JsonInclude.class)
                        .addMember("value", "$T.NON_EMPTY", JsonInclude.Include.class)
                        .build());
            }
            constructor.addParameter(component.build());
        }
        if (shape.kind() == Shape.Kind.REQUEST) {
            for (Field field : shape.fields()) {
                if (field.required()) {
                    constructor.addCode(requiredCheck(shape, field));
                }
            }
        }
        for (Field field : shape.fields()) {
            if (field.type() instanceof FieldType.ListOf) {
                constructor.addStatement("$1N = $1N == null ? $2T.of() : $3T.unmodifiableList(new $4T<>($1N))",
                        field.javaName(), JavaTypes.LIST, Collections.class, ArrayList.class);
            }
        }
        record.recordConstructor(constructor.build());

        TypedAccessors typedAccessors = new TypedAccessors(names);
        for (Field field : shape.fields()) {
            typedAccessors.of(field).forEach(record::addMethod);
        }
        SensitiveFields.toStringMethod(shape).ifPresent(record::addMethod);
        codecs.of(pkg, self, shape).forEach(record::addMethod);
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder with every field unset.\n\n$L", Javadoc.returnTag("a new builder"))
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A builder holding this record's values, to make a changed copy.\n\n$L",
                        Javadoc.returnTag("a new builder with this record's values"))
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        record.addType(builderType(service, shape, self, builder));
        return SourceFiles.of(pkg, record.build());
    }

    private TypeName type(Service service, Field field) {
        return JavaTypes.of(field.type(), names.servicePackage(service));
    }

    private static CodeBlock requiredCheck(Shape shape, Field field) {
        return CodeBlock.builder()
                .beginControlFlow("if ($N == null)", field.javaName())
                .addStatement("throw new $T($S)", IllegalArgumentException.class,
                        shape.javaName() + ": " + field.wireName() + " (" + field.javaName() + ") is required")
                .endControlFlow()
                .build();
    }

    private TypeSpec builderType(Service service, Shape shape, ClassName self, ClassName builder) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; not thread-safe.\n", self)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        CodeBlock.Builder arguments = CodeBlock.builder();
        BuilderSetters extraSetters = new BuilderSetters(builder, names.servicePackage(service));
        java.util.Set<String> memberNames = shape.fields().stream().map(Field::javaName).collect(java.util.stream.Collectors.toSet());
        for (Field field : shape.fields()) {
            TypeName fieldType = type(service, field);
            boolean list = field.type() instanceof FieldType.ListOf;
            type.addField(fieldType, field.javaName(), Modifier.PRIVATE);
            // The builder owns its lists (addX appends to them), so it copies what it is given.
            if (list) {
                copy.addStatement("this.$1N = new $2T<>(source.$1N())", field.javaName(), ArrayList.class);
            } else {
                copy.addStatement("this.$1N = source.$1N()", field.javaName());
            }
            type.addMethod(MethodSpec.methodBuilder(field.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("$L", Javadoc.setterDoc(field, field.javaName()))
                    .addParameter(fieldType, field.javaName())
                    .returns(builder)
                    .addCode(list
                            ? CodeBlock.of("this.$1N = $1N == null ? null : new $2T<>($1N);\n", field.javaName(), ArrayList.class)
                            : CodeBlock.of("this.$1N = $1N;\n", field.javaName()))
                    .addStatement("return this")
                    .build());
            extraSetters.of(field, memberNames).forEach(type::addMethod);
            if (arguments.isEmpty()) {
                arguments.add("$N", field.javaName());
            } else {
                arguments.add(", $N", field.javaName());
            }
        }
        type.addMethod(copy.build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        boolean checked = shape.fields().stream().anyMatch(Field::required);
        build.addJavadoc("Builds the $L.\n\n$L$L", shape.kind() == Shape.Kind.REQUEST ? "request" : "record",
                Javadoc.returnTag("a new {@link " + self.simpleName() + "}"),
                checked ? "@throws IllegalArgumentException a required field is unset; the message names it\n" : "");
        if (shape.kind() != Shape.Kind.REQUEST) {
            for (Field field : shape.fields()) {
                if (field.required()) {
                    build.addCode(requiredCheck(shape, field));
                }
            }
        }
        build.addStatement("return new $T($L)", self, arguments.build());
        type.addMethod(build.build());
        return type.build();
    }

    /** The compact constructor's: what it checks and mends; each component is the record's own (see classJavadoc). */
    private static CodeBlock constructorJavadoc(Shape shape) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Creates the record$L.\n",
                shape.fields().stream().anyMatch(f -> f.type() instanceof FieldType.ListOf)
                        ? "; a list left null becomes empty, and every list is an unmodifiable copy" : "");
        boolean checked = shape.kind() == Shape.Kind.REQUEST && shape.fields().stream().anyMatch(Field::required);
        if (!shape.fields().isEmpty()) {
            doc.add("\n");
        }
        for (Field field : shape.fields()) {
            doc.add("$L", Javadoc.paramTag(field.javaName(), "the value of {@link #" + field.javaName() + "()}"));
        }
        if (checked) {
            doc.add("@throws IllegalArgumentException a required field is null; the message names it\n");
        }
        return doc.build();
    }

    private static CodeBlock classJavadoc(Service service, Shape shape, Action action) {
        CodeBlock.Builder doc = CodeBlock.builder();
        switch (shape.kind()) {
            case REQUEST -> doc.add("The request of {@code $L}: $L\n", action.name(), Javadoc.text(action.description()));
            case RESPONSE -> doc.add("The response of {@code $L}: $L\n", action.name(), Javadoc.text(action.description()));
            case DATA -> doc.add("$L\n", shape.description() == null ? shape.name() + "." : Javadoc.text(shape.description()));
        }
        if (shape.kind() == Shape.Kind.REQUEST) {
            doc.add("\n<p>Service {@code $L}, version {@code $L}. ", service.name(), service.version());
            doc.add("$L", action.rateLimit() == null
                    ? "No rate limit is documented. "
                    : "Rate limit: " + action.rateLimit() + " requests per second. ");
            doc.add(action.regionRequired() ? "A region is required.\n" : "A region is not required.\n");
            if (!action.errors().isEmpty()) {
                doc.add("\n<p>Error codes:\n<ul>\n");
                for (ErrorCode code : action.errors()) {
                    doc.add("  <li>{@code $L}$L</li>\n", code.code(),
                            code.description() == null ? "" : " — " + Javadoc.oneLine(code.description(), ""));
                }
                doc.add("</ul>\n");
            }
        }
        if (!shape.fields().isEmpty()) {
            doc.add("\n");
        }
        for (Field field : shape.fields()) {
            doc.add("@param $L $L (JSON {@code $L}$L)\n", field.javaName(),
                    Javadoc.oneLine(field.description(), field.wireName() + "."),
                    field.wireName(), field.required() ? ", required" : "");
        }
        return doc.build();
    }
}
