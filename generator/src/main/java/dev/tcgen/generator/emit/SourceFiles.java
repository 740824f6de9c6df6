package dev.tcgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/** The one house style of every generated file, so that no emitter can drift from it. */
final class SourceFiles {

    private SourceFiles() {}

    /** {@code java.lang} types stay unimported (JavaPoet qualifies them where a generated name would clash); four-space indent. */
    static JavaFile of(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }
}
