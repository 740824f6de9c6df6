package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.emit.RuntimeMode;
import dev.tcgen.generator.spec.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Generator#generate}: loading and rendering in one step, with the runtime placed as asked. */
class GeneratorTest {

    private static final List<Path> OMICS = List.of(
            TestFiles.repo().resolve("spec/omics/2022-11-28.yaml"), TestFiles.repo().resolve("spec/common/errors.yaml"));

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void generatingGivesWhatRenderingTheLoadedModelGives(boolean sandbox) {
        EmitOptions options = EmitOptions.defaults().withSandbox(sandbox);
        Generator.Generated generated = new Generator().generate(OMICS, GoldenCasesTest.BASE_PACKAGE, options);

        assertEquals(List.of(), generated.loaded().diagnostics().problems());
        SortedMap<String, String> sources = generated.sources().orElseThrow();
        assertEquals(new Generator().render(generated.loaded().model().orElseThrow(), GoldenCasesTest.BASE_PACKAGE,
                options), sources);
        assertTrue(sources.containsKey("dev/tcgen/client/core/internal/Invoker.java"), "the runtime is embedded");
        assertEquals(sandbox, sources.containsKey("dev/tcgen/client/core/internal/SandboxServer.java"));
    }

    @Test
    void theSandboxPartIsTheSandboxesAndTheRuntimeOnlyTheyNeed() {
        Generator.Generated generated = new Generator().generate(OMICS, GoldenCasesTest.BASE_PACKAGE,
                EmitOptions.defaults().withSandbox(true));

        assertEquals(Set.of(
                        "dev/tcgen/client/core/SandboxAnswers.java",
            "dev/tcgen/client/core/SandboxBuilder.java",
                        "dev/tcgen/client/core/ServiceSandbox.java",
                        "dev/tcgen/client/core/internal/SandboxPaging.java",
                        "dev/tcgen/client/core/internal/SandboxRules.java",
                        "dev/tcgen/client/core/internal/SandboxServer.java",
                        "dev/tcgen/client/omics/v20221128/OmicsSandbox.java"),
                new TreeSet<>(generated.sandboxSources().keySet()));
        generated.sandboxSources().forEach((path, text) -> assertEquals(generated.sources().get().get(path), text, path));
        assertEquals(Set.of(), new Generator().generate(OMICS, GoldenCasesTest.BASE_PACKAGE, EmitOptions.defaults())
                .sandboxSources().keySet());
    }

    @Test
    void withTheRuntimeAsADependencyNothingOfItIsCopiedAndTheCodeImportsIt() {
        Generator.Generated generated = new Generator().generate(OMICS, GoldenCasesTest.BASE_PACKAGE,
                EmitOptions.defaults().withRuntime(RuntimeMode.DEPENDENCY));

        SortedMap<String, String> sources = generated.sources().orElseThrow();
        assertTrue(sources.keySet().stream().allMatch(path -> path.startsWith("dev/tcgen/client/omics/")), sources.keySet()::toString);
        String client = sources.get("dev/tcgen/client/omics/v20221128/OmicsClient.java");
        assertTrue(client.contains("import dev.tcgen.runtime.ServiceClient;"), client);
        assertFalse(client.contains("dev.tcgen.client.core"), client);
    }

    @Test
    void commonErrorCodesOfItsOwnNeedTheRuntimeEmbedded() throws Exception {
        Path own = Files.createTempDirectory("tcgen-common").resolve("errors.yaml");
        Files.writeString(own, """
                tcgen: 1
                commonErrors:
                  InternalError: Internal error.
                """);
        Generator.Generated generated = new Generator().generate(List.of(OMICS.get(0), own),
                GoldenCasesTest.BASE_PACKAGE, EmitOptions.defaults().withRuntime(RuntimeMode.DEPENDENCY));

        assertTrue(generated.sources().isEmpty());
        List<Problem> problems = generated.loaded().diagnostics().problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(own.toString(), problems.get(0).location().file());
        assertTrue(problems.get(0).message().contains("runtime=embedded"), problems.get(0).message());
        assertTrue(new Generator().generate(List.of(OMICS.get(0), own), GoldenCasesTest.BASE_PACKAGE,
                EmitOptions.defaults()).sources().isPresent(), "embedded, they are generated");
    }

    @Test
    void specsThatDoNotLoadGiveProblemsAndNoSources() {
        Path bad = TestFiles.repo().resolve("generator/src/test/resources/bad/bad-service.yaml");
        Generator.Generated generated = new Generator().generate(List.of(bad), GoldenCasesTest.BASE_PACKAGE,
                EmitOptions.defaults());

        assertTrue(generated.sources().isEmpty());
        assertTrue(generated.loaded().diagnostics().hasErrors());
    }
}
