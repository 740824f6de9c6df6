package dev.tcgen.generator.model;

/**
 * An error code a server may answer with.
 *
 * @param code as on the wire, e.g. {@code ResourceNotFound.RunNotExist}
 * @param constantName the enum constant, e.g. {@code RESOURCE_NOT_FOUND_RUN_NOT_EXIST}
 * @param description may be null (Tencent leaves many sub-codes undescribed)
 */
public record ErrorCode(String code, String constantName, String description) {}
