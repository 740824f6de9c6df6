package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.GoldenCasesTest;
import dev.tcgen.generator.TestFiles;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.write.SourceWriter;
import dev.tcgen.generator.write.SourceWriter.Rendered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime goes into an output as written in {@code runtime/}: every file, line for line, with only its
 * package renamed; and the one runtime file that is emitted instead, {@code CommonErrorCode}, is exactly what the
 * generator emits for the built-in common error codes ({@code -Dgolden.update=true} rewrites it).
 */
class RuntimeSourcesTest {

    private static final Path RUNTIME = TestFiles.repo().resolve("runtime/src/main/java/dev/tcgen/runtime");

    @Test
    void everyRuntimeFileIsCopiedOrEmitted() throws IOException {
        Set<String> inRepository = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(RUNTIME)) {
            walk.filter(Files::isRegularFile).forEach(file -> inRepository.add(RUNTIME.relativize(file).toString()
                    .replace(file.getFileSystem().getSeparator(), "/")));
        }
        Set<String> known = new TreeSet<>(RuntimeSources.FILES);
        known.add("CommonErrorCode.java");
        assertEquals(inRepository, known, "RuntimeSources.FILES must list every runtime file but CommonErrorCode");
    }

    @Test
    void copiesKeepEveryLineButRenameThePackage() {
        List<Rendered> copies = RuntimeSources.copies("com.example.tc.core", true);
        assertEquals(RuntimeSources.FILES.size(), copies.size());
        for (Rendered copy : copies) {
            String file = copy.path().substring("com/example/tc/core/".length());
            String original = TestFiles.read(RUNTIME.resolve(file));
            List<String> originalLines = original.lines().toList();
            List<String> copyLines = copy.text().lines().toList();
            assertEquals(originalLines.size(), copyLines.size(), file + ": lines must stay where they are");
            assertEquals(original.endsWith("\n"), copy.text().endsWith("\n"), file + ": the final newline stays");
            for (int i = 0; i < originalLines.size(); i++) {
                String expected = originalLines.get(i).replace("dev.tcgen.runtime", "com.example.tc.core");
                if (originalLines.get(i).startsWith("package ")) {
                    String runtimePackage = originalLines.get(i).substring("package ".length(),
                            originalLines.get(i).length() - 1);
                    expected += " // Copied by tcgen from " + runtimePackage + "; do not edit.";
                }
                assertEquals(expected, copyLines.get(i), file + ":" + (i + 1));
            }
        }
    }

    @Test
    void theSandboxRuntimeComesOnlyWithTheSandbox() {
        Set<String> without = new TreeSet<>(RuntimeSources.copies("p.core", false).stream().map(Rendered::path).toList());
        Set<String> with = new TreeSet<>(RuntimeSources.copies("p.core", true).stream().map(Rendered::path).toList());
        with.removeAll(without);
        assertEquals(new TreeSet<>(List.of("p/core/SandboxAnswers.java", "p/core/SandboxBuilder.java", "p/core/ServiceSandbox.java", "p/core/internal/SandboxPaging.java", "p/core/internal/SandboxRules.java",
                "p/core/internal/SandboxServer.java")), with);
    }

    @Test
    void theRuntimesCommonErrorCodeIsTheEmittedOne() {
        Model model = Fixtures.load(Fixtures.handWrittenOmicsSpec());
        String emitted = SourceWriter.render(new ErrorCodeEnumEmitter().emit(new ErrorCodeEnumEmitter.Codes(
                new GeneratedNames("x", RuntimeMode.DEPENDENCY).commonErrorCode(),
                "Error codes that every Tencent Cloud API 3.0 service may return.", model.commonErrors()))).text();
        Path file = RUNTIME.resolve("CommonErrorCode.java");
        if (TestFiles.updateGolden()) {
            TestFiles.write(file, emitted);
        }
        GoldenCasesTest.assertSameText(TestFiles.read(file), emitted, "runtime/.../CommonErrorCode.java");
        assertTrue(JavaEmitter.commonErrorsFitTheRuntime(model));
    }
}
