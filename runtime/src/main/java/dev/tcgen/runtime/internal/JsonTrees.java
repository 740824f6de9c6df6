package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The runtime's one databind mapper, for the JSON it handles as trees off the call path: TRACE logging's masked
 * bodies, STS and instance-metadata answers, JSON text fields an application asks for. A holder of its own, so that
 * the mapper, and databind with it, load only when one of those first needs it: a call loads no databind class.
 */
final class JsonTrees {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {
    }
}
