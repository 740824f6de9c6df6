package dev.tcgen.generator.model;

/** An example call, with the request and response JSON exactly as the spec gives them. */
public record Example(String title, String description, String requestJson, String responseJson) {}
