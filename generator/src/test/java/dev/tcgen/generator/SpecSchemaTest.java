package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema editors use for specs ({@code spec/schema/tcgen-spec.schema.json}) accepts every spec in the
 * repository and every golden case, and rejects specs whose shape is wrong.
 */
class SpecSchemaTest {

    private static final Path SCHEMA = TestFiles.repo().resolve("spec/schema/tcgen-spec.schema.json");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode schemaNode = new ObjectMapper().readTree(SCHEMA.toFile());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);
    }

    @Test
    void theSchemaIsAValidDraft7Schema() throws IOException {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertEquals(List.of(), messages(metaSchema.validate(new ObjectMapper().readTree(SCHEMA.toFile()))));
    }

    @TestFactory
    Stream<DynamicTest> everySpecInTheRepositoryAndEveryGoldenCaseConforms() {
        List<Path> specs = new ArrayList<>(yamlFilesUnder(TestFiles.repo().resolve("spec")));
        specs.addAll(yamlFilesUnder(GoldenCasesTest.casesDirectory()));
        assertTrue(specs.size() >= 10, "expected the repository's specs and the golden cases, found " + specs);
        return specs.stream().map(spec -> DynamicTest.dynamicTest(TestFiles.repo().relativize(spec).toString(),
                () -> assertEquals(List.of(), messages(schema.validate(YAML.readTree(spec.toFile()))))));
    }

    @Test
    void theFullExampleOfTheDocumentationConforms() throws IOException {
        assertEquals(List.of(), messages(schema.validate(YAML.readTree(SpecFormatDocTest.fullExample()))));
    }

    /** The catalogue's specs whose mistake is one of shape, which the schema can see (unlike names and types). */
    @ParameterizedTest
    @ValueSource(strings = {
        "unknown-keys", "missing-keys", "bad-format-version", "missing-format-version", "bad-service",
        "bad-service-host-url", "rate-limit-out-of-range", "required-on-response-field", "wrong-yaml-kinds",
        "invalid-wire-names", "common-errors-in-service", "field-example-mismatch", "several-errors", "pagination",
        "error-codes-bad-constant",
    })
    void badSpecsOfTheCatalogueAreRejected(String name) throws IOException {
        JsonNode spec = YAML.readTree(BadSpecsTest.badDirectory().resolve(name + ".yaml").toFile());
        assertFalse(schema.validate(spec).isEmpty(), name + " passed the schema");
    }

    @Test
    void anObviouslyBadSpecIsRejectedAtTheRightPlaces() throws IOException {
        JsonNode spec = YAML.readTree("""
                tcgen: 1
                service:
                  name: Omics
                  version: "2022-11-28"
                actions:
                  GetRunCalls:
                    description: d
                    regionRequired: "no"
                    request:
                      RunUuid: {type: string, requird: true}
                """);
        List<String> messages = messages(schema.validate(spec));
        assertTrue(messages.stream().anyMatch(m -> m.contains("host")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("/service/name")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("/actions/GetRunCalls/regionRequired")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("requird")), messages.toString());
    }

    @Test
    void aCommonErrorsFileMayNotDescribeActions() throws IOException {
        JsonNode spec = YAML.readTree("""
                tcgen: 1
                commonErrors:
                  InternalError: Internal error.
                actions: {}
                """);
        assertFalse(schema.validate(spec).isEmpty());
        JsonNode neither = YAML.readTree("tcgen: 1\n");
        assertFalse(schema.validate(neither).isEmpty());
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static List<Path> yamlFilesUnder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
