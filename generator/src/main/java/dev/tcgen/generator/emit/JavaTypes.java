package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tcgen.generator.model.FieldType;
import dev.tcgen.generator.model.Names;

/** The Java type of each spec type; every one boxed, because any field may be absent or null on the wire. */
final class JavaTypes {

    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LIST = ClassName.get("java.util", "List");

    private JavaTypes() {}

    static TypeName of(FieldType type, String servicePackage) {
        if (type instanceof FieldType.Primitive primitive) {
            return switch (primitive) {
                case STRING, TIMESTAMP, DATETIME, DATE, JSON -> STRING;
                case BOOLEAN -> ClassName.get(Boolean.class);
                case INTEGER -> ClassName.get(Long.class);
                case FLOAT -> ClassName.get(Double.class);
            };
        }
        if (type instanceof FieldType.ListOf list) {
            return ParameterizedTypeName.get(LIST, of(list.element(), servicePackage));
        }
        FieldType.Ref ref = (FieldType.Ref) type;
        return ClassName.get(servicePackage, Names.typeName(ref.typeName()));
    }
}
