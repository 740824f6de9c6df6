package dev.tcgen.generator.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiExporterTest {

    @TempDir
    Path temp;

    @Test
    void theHandWrittenGetRunCallsSpecExportsAsValidOpenApi() {
        Model model = Fixtures.load(Fixtures.handWrittenOmicsSpec());
        Service service = model.services().get(0);
        for (boolean yaml : List.of(false, true)) {
            OpenAPI api = parseWithoutMessages(OpenApiExporter.write(new OpenApiExporter().export(service, model.commonErrors()), yaml));
            assertEquals("2022-11-28", api.getInfo().getVersion());
            assertEquals("https://omics.tencentcloudapi.com", api.getServers().get(0).getUrl());

            Operation operation = api.getPaths().get("/#GetRunCalls").getPost();
            assertEquals("GetRunCalls", operation.getOperationId());
            Parameter action = operation.getParameters().get(0);
            assertEquals("X-TC-Action", action.getName());
            assertEquals("header", action.getIn());
            assertEquals(List.of("GetRunCalls"), action.getSchema().getEnum());
            // GetRunCalls documents Region as not required.
            Parameter region = operation.getParameters().stream()
                    .map(p -> p.get$ref() == null ? p : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1)))
                    .filter(p -> p.getName().equals("X-TC-Region"))
                    .findFirst().orElseThrow();
            assertEquals(Boolean.FALSE, region.getRequired());
            assertTrue(operation.getDescription().contains("`ResourceNotFound.RunNotExist`"), operation.getDescription());
            assertEquals(2, operation.getRequestBody().getContent().get("application/json").getExamples().size());

            SecurityScheme tc3 = api.getComponents().getSecuritySchemes().get("TC3");
            assertEquals(SecurityScheme.Type.APIKEY, tc3.getType());
            assertEquals("Authorization", tc3.getName());
            assertTrue(tc3.getDescription().contains("TC3-HMAC-SHA256"));

            Schema<?> request = api.getComponents().getSchemas().get("GetRunCallsRequest");
            assertEquals(java.util.Set.of("RunUuid", "Path"), java.util.Set.copyOf(request.getRequired()));
            Schema<?> metadata = api.getComponents().getSchemas().get("RunMetadata");
            assertEquals("date-time", ((Schema<?>) metadata.getProperties().get("StartTime")).getFormat());
            assertEquals(Boolean.TRUE, ((Schema<?>) metadata.getProperties().get("Preprocess")).getNullable());
            Schema<?> envelope = api.getComponents().getSchemas().get("GetRunCallsResponse.Envelope");
            assertEquals(List.of("Response"), envelope.getRequired());
            @SuppressWarnings("unchecked")
            List<Schema<?>> anyOf = (List<Schema<?>>) (List<?>) ((Schema<?>) envelope.getProperties().get("Response")).getAnyOf();
            assertEquals(List.of("#/components/schemas/GetRunCallsResponse", "#/components/schemas/tcgen.ErrorResponse"),
                    anyOf.stream().map(Schema::get$ref).toList());
            List<?> known = api.getComponents().getSchemas().get("tcgen.KnownErrorCode").getEnum();
            assertTrue(known.contains("ResourceNotFound.RunNotExist") && known.contains("AuthFailure.SignatureFailure"), known::toString);
        }
    }

    @Test
    void bothWholeOmicsImportsExportAsValidOpenApiWithASchemaForEveryType() throws Exception {
        for (String revision : List.of("en", "tccli")) {
            Model model = Fixtures.load(Fixtures.importOmics(revision).yaml(), temp, revision + ".yaml");
            Service service = model.services().get(0);
            ObjectNode document = new OpenApiExporter().export(service, model.commonErrors());
            OpenAPI api = parseWithoutMessages(OpenApiExporter.write(document, false));
            assertEquals(service.actions().size(), api.getPaths().size());
            for (Shape type : service.types()) {
                assertNotNull(api.getComponents().getSchemas().get(type.name()), type.name());
            }
            service.actions().forEach(a -> assertNotNull(api.getPaths().get("/#" + a.name()).getPost(), a.name()));
            assertEquals(OpenApiExporter.write(document, true),
                    OpenApiExporter.write(new OpenApiExporter().export(service, model.commonErrors()), true), "deterministic");
        }
    }

    @Test
    void theValidatorUsedHereDoesReportBrokenDocuments() {
        Model model = Fixtures.load(Fixtures.handWrittenOmicsSpec());
        ObjectNode document = new OpenApiExporter().export(model.services().get(0), model.commonErrors());
        ((ObjectNode) document.path("info")).remove("version");
        ((ObjectNode) document.path("components").path("schemas")).remove("RunMetadata");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        List<String> messages = new OpenAPIV3Parser().readContents(OpenApiExporter.write(document, false), null, options).getMessages();
        assertTrue(messages.stream().anyMatch(m -> m.contains("info.version")), messages::toString);
    }

    private static OpenAPI parseWithoutMessages(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser messages");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }
}
