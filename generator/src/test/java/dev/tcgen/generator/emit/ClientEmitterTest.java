package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's own constants and its per-action operation constants never take each other's names. */
class ClientEmitterTest {

    /** A service {@code names} whose actions have the given names and nothing else. */
    private static Model service(Path temp, String... actions) {
        StringBuilder spec = new StringBuilder("""
                tcgen: 1
                service:
                  name: names
                  version: "2024-01-02"
                  host: names.tencentcloudapi.com
                actions:
                """);
        for (String action : actions) {
            spec.append("""
                      %s:
                        description: An action named like a member every client has.
                        regionRequired: false
                    """.formatted(action));
        }
        return Fixtures.load(spec.toString(), temp, "names.yaml");
    }

    @Test
    void actionsNamedLikeTheClientsConstantsGetOperationsOfTheirOwn(@TempDir Path temp) {
        Model model = service(temp, "Service", "Version", "Description", "RateLimits", "DefaultEndpoint");

        Fixtures.assertCompilesWithoutWarnings(model);
        String client = new Generator().render(model, "dev.tcgen.client")
                .get("dev/tcgen/client/names/v20240102/NamesClient.java");
        assertTrue(client.contains("public static final String SERVICE = \"names\";"), client);
        assertTrue(client.contains("private static final Operation<ServiceRequest, ServiceResponse> SERVICE_ = "), client);
        assertTrue(client.contains("return call(SERVICE_, request);"), client);
        assertTrue(client.contains("private static final Operation<DescriptionRequest, DescriptionResponse> DESCRIPTION_ = "), client);
    }

    @Test
    void actionsNamedLikeTheBaseClassesMethodsOverloadThem(@TempDir Path temp) {
        Fixtures.assertCompilesWithoutWarnings(service(temp, "Call", "Builder", "Wait", "Equals"),
                EmitOptions.defaults().withSandbox(true));
    }
}
