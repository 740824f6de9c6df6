package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The same specs give the same sources, byte for byte, however often and by whichever instance they are generated. */
class ReproducibleOutputTest {

    private static final List<Path> OMICS = List.of(
            TestFiles.repo().resolve("spec/omics/2022-11-28.yaml"), TestFiles.repo().resolve("spec/common/errors.yaml"));

    @Test
    void loadingAndRenderingTwiceGivesIdenticalSources() {
        SortedMap<String, String> first = new Generator().render(load(OMICS), GoldenCasesTest.BASE_PACKAGE);
        SortedMap<String, String> second = new Generator().render(load(OMICS), GoldenCasesTest.BASE_PACKAGE);
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void renderingOneModelTwiceGivesIdenticalSources() {
        Model model = load(List.of(GoldenCasesTest.casesDirectory().resolve("every-type")));
        Generator generator = new Generator();
        assertEquals(generator.render(model, GoldenCasesTest.BASE_PACKAGE), generator.render(model, GoldenCasesTest.BASE_PACKAGE));
    }

    @Test
    void theOrderSpecFilesAreGivenInDoesNotChangeTheOutput() {
        SortedMap<String, String> forward = new Generator().render(load(OMICS), GoldenCasesTest.BASE_PACKAGE);
        SortedMap<String, String> backward = new Generator().render(load(List.of(OMICS.get(1), OMICS.get(0))), GoldenCasesTest.BASE_PACKAGE);
        assertEquals(forward, backward);
    }

    private static Model load(List<Path> paths) {
        Generator.Loaded loaded = new Generator().load(paths);
        assertEquals(List.of(), loaded.diagnostics().problems());
        return loaded.model().orElseThrow();
    }
}
