package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heap per answer in flight follows its size: answers just under {@code maxResponseBytes}, several at once, in a
 * JVM with a small heap ({@link MemoryProbe} in a fork with {@code -Xmx} and the serial collector, whose heap use
 * does not depend on region sizes). The heaps leave about 20 MB of room over the smallest that passed on the
 * development machine; docs/reliability.md has those figures and the multiple they give.
 */
@Timeout(300)
class MemoryBoundTest {

    @ParameterizedTest
    @CsvSource({
        // heap, concurrent answers, bytes each, shape; measured smallest heap that passes: 42m, 32m, 76m, 44m
        "64m, 4, 2500000, string",
        "64m, 4, 2500000, calls",
        "96m, 1, 10000000, string",
        "64m, 1, 10000000, calls"})
    void answersJustUnderTheLimitFitTheHeap(String heap, int concurrency, int bytes, String shape) throws Exception {
        String output = fork(heap, concurrency, bytes, shape);
        assertTrue(output.startsWith("OK "), output);
    }

    private static String fork(String heap, int concurrency, int bytes, String shape) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), MemoryProbe.class.getName(),
                String.valueOf(concurrency), String.valueOf(bytes), shape, "3");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not finish: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        System.out.println("MemoryProbe " + heap + " " + concurrency + "x" + bytes + " " + shape + ": " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
