package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.write.SourceWriter;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The build's copies of the core give, for any base package they are used for, what rendering it now gives. */
class PrerenderedCoreTest {

    @ParameterizedTest
    @CsvSource({
        "dev.tcgen.client, false", "dev.tcgen.client, true", "a, false", "a, true",
        "com.example.a.much.longer.base.package.than.anyone.would.choose.for.generated.bindings, true",
        "tcgen.prerendered, false", "core, true"})
    void copiesEqualALiveRendering(String basePackage, boolean sandbox) {
        EmitOptions options = EmitOptions.defaults().withSandbox(sandbox);
        Optional<Map<String, String>> copies = PrerenderedCore.sources(basePackage, options);

        assertTrue(copies.isPresent(), "the build wrote the copies, and they fit " + basePackage);
        assertEquals(liveRendering(basePackage, options), new TreeMap<>(copies.get()));
    }

    @ParameterizedTest
    @CsvSource({"com.fasterxml.jackson", "java.net.http"})
    void aCorePackageTheCoreImportsFromIsRenderedLive(String basePackage) {
        // Jackson's own 'core' package: JavaPoet does not import types of the file's own package, so a copy
        // with the package put in would differ; the caller must render.
        EmitOptions options = EmitOptions.defaults();
        SortedMap<String, String> live = liveRendering(basePackage, options);
        Optional<Map<String, String>> copies = PrerenderedCore.sources(basePackage, options);

        if (basePackage.equals("com.fasterxml.jackson")) {
            assertTrue(copies.isEmpty());
        } else {
            assertEquals(live, new TreeMap<>(copies.orElseThrow()));
        }
    }

    private static SortedMap<String, String> liveRendering(String basePackage, EmitOptions options) {
        return SourceWriter.render(new JavaEmitter(basePackage, options).coreArtifacts().stream()
                .map(Supplier::get).toList());
    }

}
