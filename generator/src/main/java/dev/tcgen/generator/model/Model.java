package dev.tcgen.generator.model;

import java.util.List;

/** Everything one generation run emits: the services, and the error codes every service shares. */
public record Model(List<Service> services, List<ErrorCode> commonErrors) {}
