package dev.tcgen.benchmarks.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The three ways sign the same thing, so the benchmark compares like with like. */
class SigningBenchmarkTest {

    @Test
    void generatedSignerAndOfficialProcedureGiveTheSameHeader() throws Exception {
        SigningBenchmark benchmark = new SigningBenchmark();
        benchmark.prepareFloor();
        String generated = benchmark.generated();
        assertEquals(benchmark.officialSdk(), generated);
        assertTrue(generated.startsWith("TC3-HMAC-SHA256 Credential=" + SigningBenchmark.SECRET_ID + "/2023-11-14/omics/tc3_request"));
        String signature = generated.substring(generated.indexOf("Signature=") + "Signature=".length());
        assertTrue(benchmark.floor().startsWith(signature), "the floor computes the same signature");
    }
}
