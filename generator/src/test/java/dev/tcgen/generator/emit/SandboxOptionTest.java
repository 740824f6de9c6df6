package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox is emitted only when asked, adds only its own files, and compiles for a whole real service. */
class SandboxOptionTest {

    private static final Set<String> SANDBOX_FILES = Set.of(
            "dev/tcgen/client/core/SandboxAnswers.java",
            "dev/tcgen/client/core/SandboxBuilder.java",
            "dev/tcgen/client/core/ServiceSandbox.java",
            "dev/tcgen/client/core/internal/SandboxPaging.java",
            "dev/tcgen/client/core/internal/SandboxRules.java",
            "dev/tcgen/client/core/internal/SandboxServer.java",
            "dev/tcgen/client/omics/v20221128/OmicsSandbox.java");

    @Test
    void onlyWhenAskedAndNothingElseChanges() {
        Model model = Fixtures.load(Fixtures.handWrittenOmicsSpec());
        SortedMap<String, String> plain = new Generator().render(model, "dev.tcgen.client");
        SortedMap<String, String> withSandbox = new Generator().render(model, "dev.tcgen.client",
                EmitOptions.defaults().withSandbox(true));
        assertTrue(plain.keySet().stream().noneMatch(path -> path.contains("Sandbox")), plain.keySet().toString());
        Set<String> added = new TreeSet<>(withSandbox.keySet());
        added.removeAll(plain.keySet());
        assertEquals(new TreeSet<>(SANDBOX_FILES), added);
        plain.forEach((path, text) -> assertEquals(text, withSandbox.get(path), path));
        String sandbox = withSandbox.get("dev/tcgen/client/omics/v20221128/OmicsSandbox.java");
        assertTrue(sandbox.contains("new SandboxRules.Action(\"GetRunCalls\", 20, false"), "rate limit and region from the spec");
        assertTrue(sandbox.contains("84232c68-a016-4668-b2e3-168a175d6f29"), "the examples are in the code");
    }

    @Test
    void compilesWithoutWarningsForAWholeImportedService(@TempDir Path temp) throws Exception {
        Model model = Fixtures.load(Fixtures.importOmics("tccli").yaml(), temp, "omics.yaml");
        Fixtures.assertCompilesWithoutWarnings(model, EmitOptions.defaults().withSandbox(true));
    }
}
