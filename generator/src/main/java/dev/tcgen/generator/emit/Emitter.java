package dev.tcgen.generator.emit;

import com.palantir.javapoet.JavaFile;

/**
 * Makes one generated source file from a part of the model. Each implementation is named after what it emits
 * and is immutable, so that files may be emitted on any thread in any order.
 *
 * @param <S> the part of the model the file is made from
 */
interface Emitter<S> {

    JavaFile emit(S subject);
}
