package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.tcgen.generator.emit.EmitOptions;
import dev.tcgen.generator.emit.JavaEmitter;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.write.Rendering;
import dev.tcgen.generator.write.SourceWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Generator#generate} builds files on several threads while the specs load; none of that may show. */
class GeneratorTest {

    private static final List<Path> OMICS = List.of(
            TestFiles.repo().resolve("spec/omics/2022-11-28.yaml"), TestFiles.repo().resolve("spec/common/errors.yaml"));

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void generatingGivesWhatRenderingEveryArtifactOneByOneGives(boolean sandbox) {
        EmitOptions options = EmitOptions.defaults().withSandbox(sandbox);
        Generator.Generated generated = new Generator().generate(OMICS, GoldenCasesTest.BASE_PACKAGE, options);

        assertEquals(List.of(), generated.loaded().diagnostics().problems());
        Model model = generated.loaded().model().orElseThrow();
        JavaEmitter emitter = new JavaEmitter(GoldenCasesTest.BASE_PACKAGE, options);
        List<JavaFile> oneByOne = new ArrayList<>();
        emitter.coreArtifacts().forEach(artifact -> oneByOne.add(artifact.get()));
        emitter.modelArtifacts(model).forEach(artifact -> oneByOne.add(artifact.get()));
        SortedMap<String, String> expected = SourceWriter.render(oneByOne);

        assertEquals(expected, generated.sources().orElseThrow());
        assertEquals(expected, new Generator().render(model, GoldenCasesTest.BASE_PACKAGE, options));
        assertTrue(expected.keySet().stream().anyMatch(path -> path.endsWith("/core/Invoker.java")), "the core is there");
    }

    @Test
    void specsThatDoNotLoadGiveProblemsAndNoSources() throws InterruptedException {
        Path bad = TestFiles.repo().resolve("generator/src/test/resources/bad/bad-service.yaml");
        Generator.Generated generated = new Generator().generate(List.of(bad), GoldenCasesTest.BASE_PACKAGE,
                EmitOptions.defaults());

        assertTrue(generated.sources().isEmpty());
        assertTrue(generated.loaded().diagnostics().hasErrors());
        assertFalse(renderingThreadsOutlive(10_000), "the core's rendering threads stop when the specs fail");
    }

    @Test
    void anEmitterFailureSurfacesAsItselfOnTheCallersThread() {
        IllegalStateException failure = new IllegalStateException("emitter bug");
        Supplier<JavaFile> failing = () -> {
            throw failure;
        };
        try (Rendering rendering = new Rendering()) {
            rendering.start(List.of(failing));
            assertSame(failure, assertThrows(IllegalStateException.class, rendering::finish));
        }
    }

    private static boolean renderingThreadsOutlive(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("tcgen-render-"))) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
