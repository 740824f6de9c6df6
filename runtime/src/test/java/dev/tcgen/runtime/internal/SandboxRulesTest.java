package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request check of every sandbox, on parameters richer than omics has: numbers, lists, nested types. */
class SandboxRulesTest {

    private static final List<SandboxRules.Field> PARAMETERS = List.of(
            new SandboxRules.Field("Limit", "integer", false),
            new SandboxRules.Field("Ratio", "float", false),
            new SandboxRules.Field("DryRun", "boolean", false),
            new SandboxRules.Field("Filters", "list<Filter>", true));
    private static final Map<String, List<SandboxRules.Field>> TYPES = Map.of("Filter", List.of(
            new SandboxRules.Field("Name", "string", true),
            new SandboxRules.Field("Values", "list<string>", false)));

    @Test
    void acceptsWhatFitsTheRules() throws Exception {
        assertNull(check("{\"Limit\": 10, \"Ratio\": 0.5, \"DryRun\": false, \"Filters\": [{\"Name\": \"a\", \"Values\": [\"x\"]}]}"));
        assertNull(check("{\"Filters\": [], \"Limit\": null}"), "null counts as absent");
    }

    @Test
    void namesTheFirstProblemWithItsPath() throws Exception {
        assertViolation("{}", "MissingParameter", "`Filters`");
        assertViolation("{\"Filters\": [{}]}", "MissingParameter", "`Filters.0.Name`");
        assertViolation("{\"Filters\": [{\"Name\": \"a\", \"Value\": []}]}", "UnknownParameter", "`Filters.0.Value`");
        assertViolation("{\"Filters\": [{\"Name\": \"a\", \"Values\": [1]}]}", "InvalidParameterValue", "`Filters.0.Values.0`");
        assertViolation("{\"Filters\": {}}", "InvalidParameterValue", "must be a list");
        assertViolation("{\"Filters\": [], \"Limit\": 1.5}", "InvalidParameterValue", "`Limit` must be an integer");
        assertViolation("{\"Filters\": [], \"Ratio\": \"1\"}", "InvalidParameterValue", "`Ratio` must be a number");
        assertViolation("{\"Filters\": [], \"DryRun\": \"yes\"}", "InvalidParameterValue", "`DryRun` must be true or false");
        assertViolation("{\"Filters\": [\"a\"]}", "InvalidParameterValue", "an object (Filter)");
    }

    private static void assertViolation(String json, String code, String inMessage) throws Exception {
        SandboxRules.Violation violation = check(json);
        assertEquals(code, violation == null ? null : violation.code(), json);
        assertTrue(violation.message().contains(inMessage), violation.message());
    }

    private static SandboxRules.Violation check(String json) throws Exception {
        JsonNode parameters = new ObjectMapper().readTree(json);
        return SandboxRules.check(parameters, PARAMETERS, TYPES);
    }
}
