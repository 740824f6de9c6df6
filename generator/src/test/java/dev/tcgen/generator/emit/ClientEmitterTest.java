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

    @Test
    void actionsNamedLikeTheClientsConstantsGetOperationsOfTheirOwn(@TempDir Path temp) {
        StringBuilder spec = new StringBuilder("""
                tcgen: 1
                service:
                  name: names
                  version: "2024-01-02"
                  host: names.tencentcloudapi.com
                actions:
                """);
        for (String action : new String[] {"Service", "Version", "Description", "RateLimits", "DefaultEndpoint"}) {
            spec.append("""
                      %s:
                        description: An action named like a constant.
                        regionRequired: false
                    """.formatted(action));
        }
        Model model = Fixtures.load(spec.toString(), temp, "names.yaml");

        Fixtures.assertCompilesWithoutWarnings(model);
        String client = new Generator().render(model, "dev.tcgen.client")
                .get("dev/tcgen/client/names/v20240102/NamesClient.java");
        assertTrue(client.contains("public static final String SERVICE = \"names\";"), client);
        assertTrue(client.contains("private static final Operation<ServiceResponse> SERVICE_ = "), client);
        assertTrue(client.contains("return call(SERVICE_, request);"), client);
        assertTrue(client.contains("private static final Operation<DescriptionResponse> DESCRIPTION_ = "), client);
    }

    @Test
    void actionsNamedLikeTheBaseClassesMethodsOverloadThem(@TempDir Path temp) {
        StringBuilder spec = new StringBuilder("""
                tcgen: 1
                service:
                  name: names
                  version: "2024-01-02"
                  host: names.tencentcloudapi.com
                actions:
                """);
        for (String action : new String[] {"Call", "Builder", "Wait", "Equals"}) {
            spec.append("""
                      %s:
                        description: An action named like a method every client has.
                        regionRequired: false
                    """.formatted(action));
        }
        Fixtures.assertCompilesWithoutWarnings(Fixtures.load(spec.toString(), temp, "names.yaml"),
                EmitOptions.defaults().withSandbox(true));
    }
}
