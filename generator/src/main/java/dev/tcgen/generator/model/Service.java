package dev.tcgen.generator.model;

import java.util.List;

/**
 * One version of one service, ready to emit.
 *
 * @param name the product name used in signing, e.g. {@code omics}
 * @param version e.g. {@code 2022-11-28}
 * @param classPrefix e.g. {@code Omics}, for {@code OmicsClient} and {@code OmicsErrorCode}
 * @param packageSuffix e.g. {@code omics.v20221128}, appended to the base package
 * @param sourceFile the spec file this service was read from, as named in problems
 */
public record Service(
        String name,
        String version,
        String host,
        String title,
        String classPrefix,
        String packageSuffix,
        List<Action> actions,
        List<Shape> types,
        List<ErrorCode> errors,
        String sourceFile) {}
