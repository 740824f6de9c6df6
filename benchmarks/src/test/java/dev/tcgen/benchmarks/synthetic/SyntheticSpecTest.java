package dev.tcgen.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSpecTest {

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        String first = new SyntheticSpec(30, 60, 7).yaml();
        assertEquals(first, new SyntheticSpec(30, 60, 7).yaml());
        assertNotEquals(first, new SyntheticSpec(30, 60, 8).yaml());
    }

    @Test
    void defaultSizeIsAValidServiceOfTheAdvertisedSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synth.yaml");
        SyntheticSpec.main(new String[] {file.toString()});
        Generator.Loaded loaded = new Generator().load(List.of(file));
        assertTrue(loaded.model().isPresent(), () -> loaded.diagnostics().problems().toString());
        Model model = loaded.model().get();
        assertEquals(1, model.services().size());
        assertEquals(SyntheticSpec.DEFAULT_ACTIONS, model.services().get(0).actions().size());
        assertEquals(SyntheticSpec.DEFAULT_TYPES, model.services().get(0).types().size());
        assertTrue(SyntheticSpec.DEFAULT_ACTIONS >= 400 && SyntheticSpec.DEFAULT_TYPES >= 1000);
        assertTrue(Files.size(file) > 500_000, "a large input");
    }
}
