package dev.tcgen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw results that benchmarks/run.sh leaves in its work directory into BENCHMARKS.md (on stdout):
 * the machine, one table row per comparison, then the hand-written analysis in benchmarks/analysis.md.
 *
 * <p>Usage: {@code Report WORK_DIR RUNS}.
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JMH = "java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) org.openjdk.jmh.Main ";

    private final Path work;
    private final int runs;
    private final StringBuilder out = new StringBuilder();

    private Report(Path work, int runs) {
        this.work = work;
        this.runs = runs;
    }

    public static void main(String[] args) throws IOException {
        Report report = new Report(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.print(report.render());
    }

    private String render() throws IOException {
        Map<String, String> machine = keyed(Files.readAllLines(work.resolve("machine.txt")));
        out.append("# Benchmarks: tcgen side by side with its peers\n\n")
                .append("Written by `benchmarks/run.sh` (the whole suite; `RUNS=N` for more whole-process runs). ")
                .append("Every figure below comes from the one run described here; peers ran on the same inputs in the same run.\n\n")
                .append("- Date: ").append(machine.get("date")).append('\n')
                .append("- Machine: ").append(machine.get("cores")).append(" cores (`nproc`), ").append(machine.get("cpu"))
                .append(", ").append(machine.get("jdk")).append('\n')
                .append("- Load average (1, 5, 15 min) at start: ").append(machine.get("load_start"))
                .append("; at end: ").append(machine.get("load_end"))
                .append(". Above the core count, other processes competed for the CPU: wall-clock figures are then")
                .append(" inflated, for the peer and for tcgen alike (runs alternate), and CPU time is the steadier measure.\n\n");

        out.append("| What | Peer | Peer figure | tcgen figure | Ratio (target) | Reproduce |\n")
                .append("|---|---|---|---|---|---|\n");
        generationRows();
        warmGenerationRows();
        pluginRows();
        mavenGenerationRows();
        signingRows();
        callRows();
        allocationRow();

        Path analysis = Path.of("benchmarks/analysis.md");
        if (Files.isRegularFile(analysis)) {
            out.append('\n').append(Files.readString(analysis, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private void generationRows() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("getruncalls", "GetRunCalls (1 action, 1 data type)");
        names.put("omics", "whole omics service (import: 20 actions, 26 data types)");
        names.put("synthetic", "synthetic service (450 actions, 1,100 data types)");
        if (Files.isRegularFile(work.resolve("times/vpc.tcgen.txt"))) { // run with CORPUS
            names.put("vpc", "VPC 2017-03-12 from the corpus (import: 448 actions, 185 data types)");
        }
        for (var input : names.entrySet()) {
            String key = input.getKey();
            double[] peer = column(key + ".peer", 0);
            double[] tcgen = column(key + ".tcgen", 0);
            double[] tuned = column(key + ".tuned", 0);
            double[] peerCpu = column(key + ".peer", 1);
            double[] tcgenCpu = column(key + ".tcgen", 1);
            double[] tunedCpu = column(key + ".tuned", 1);
            String target = key.equals("getruncalls") || key.equals("vpc") ? "≥5×" : "≥20×";
            String files = " — " + read(key + ".tcgen.files") + " files vs " + read(key + ".peer.files");
            row("Generation, whole process, median of " + runs + ": " + input.getValue() + files,
                    "OpenAPI Generator 7.25.0 (`-g java --library native`, models + apis)",
                    seconds(median(peer)) + " wall, " + seconds(median(peerCpu)) + " CPU",
                    seconds(median(tcgen)) + " wall, " + seconds(median(tcgenCpu)) + " CPU",
                    ratio(median(peer) / median(tcgen)) + " wall, " + ratio(median(peerCpu) / median(tcgenCpu))
                            + " CPU (" + target + ")",
                    "`" + command(key + ".tcgen") + "` vs `" + command(key + ".peer") + "`");
            row("… tcgen with the JIT's C1 compiler only (`java -XX:TieredStopAtLevel=1 -jar …`): " + input.getValue(),
                    "OpenAPI Generator, as above",
                    seconds(median(peer)) + " wall, " + seconds(median(peerCpu)) + " CPU",
                    seconds(median(tuned)) + " wall, " + seconds(median(tunedCpu)) + " CPU",
                    ratio(median(peer) / median(tuned)) + " wall, " + ratio(median(peerCpu) / median(tunedCpu))
                            + " CPU (" + target + ")",
                    "`" + command(key + ".tuned") + "`");
            double[] check = column(key + ".check", 0);
            double[] checkCpu = column(key + ".check", 1);
            row("… of which loading the spec alone (`tcgen check`: JVM start, YAML, model, no Java rendered): "
                            + input.getValue(),
                    "OpenAPI Generator, as above",
                    seconds(median(peer)) + " wall, " + seconds(median(peerCpu)) + " CPU",
                    seconds(median(check)) + " wall, " + seconds(median(checkCpu)) + " CPU",
                    ratio(median(peer) / median(check)) + " wall, " + ratio(median(peerCpu) / median(checkCpu))
                            + " CPU: the most any rendering could reach",
                    "`" + command(key + ".check") + "`");
            double[] jit = column(key + ".jit", 0);
            double[] jitRunCpu = column(key + ".jit", 1);
            row("… of which the JIT compiling tcgen's run (one more run with `-XX:+CITime`): " + input.getValue(),
                    "—", "—",
                    seconds(jit[0]) + " of that run's " + seconds(jitRunCpu[0]) + " CPU",
                    percent(jit[0] / jitRunCpu[0]) + " of the CPU",
                    "`java -XX:+UnlockDiagnosticVMOptions -XX:+CITime -jar generator/target/tcgen.jar generate --spec …`");
        }
    }

    private void warmGenerationRows() throws IOException {
        for (JsonNode result : jmh("jmh-generation.json")) {
            String spec = result.path("params").path("spec").asText();
            JsonNode metric = result.path("primaryMetric");
            row("Generation, warm in-process (JMH, load + render, no disk): " + Path.of(spec).getFileName(),
                    "— (OpenAPI Generator has no comparable in-process figure here)", "—",
                    String.format(Locale.ROOT, "%.1f ± %.1f ms", metric.path("score").asDouble(), metric.path("scoreError").asDouble()),
                    "—", "`" + JMH + "GenerationBenchmark -p spec=" + spec + " -f 1 -wi 3 -w 2s -i 5 -r 2s`");
        }
    }

    private void pluginRows() throws IOException {
        List<String> cold = Files.readAllLines(work.resolve("plugin-cold.txt"));
        List<String> warm = Files.readAllLines(work.resolve("plugin-warm.txt"));
        double fullCold = median(values(cold, "full"));
        double noopCold = median(values(cold, "noop"));
        // The first pair in the warm JVM is still cold; leave it out.
        double fullWarm = median(values(warm.subList(2, warm.size()), "full"));
        double noopWarm = median(values(warm.subList(2, warm.size()), "noop"));
        String command = "`java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) "
                + "dev.tcgen.benchmarks.plugin.PluginNoOp OMICS.yaml DIR full|noop|pairs 10`";
        row("Plugin `tcgen:generate`, whole omics service, fresh JVM per execution (median of " + runs + ")",
                "the same goal, full generation (empty output)", millis(fullCold),
                millis(noopCold) + " up to date", percent(noopCold / fullCold) + " of full (≤5%)", command);
        row("Plugin `tcgen:generate`, whole omics service, warm JVM (median of 9)",
                "the same goal, full generation (empty output)", millis(fullWarm),
                millis(noopWarm) + " up to date", percent(noopWarm / fullWarm) + " of full (≤5%)", command);
    }

    /** The plugins inside a real {@code mvn generate-sources}, when the run had the corpus (maven-generation.sh). */
    private void mavenGenerationRows() throws IOException {
        if (!Files.isRegularFile(work.resolve("times/vpc.plugin.tcgen.txt"))) {
            return;
        }
        String files = " — " + (int) column("vpc.plugin.tcgen", 2)[0] + " files vs " + (int) column("vpc.plugin.peer", 2)[0];
        mavenGenerationRow("", "Generation inside Maven: the `generate` goal in `mvn generate-sources` of a consumer project,"
                        + " from clean output, VPC 2017-03-12 from the corpus, median of %d plugin executions" + files,
                "OpenAPI Generator Maven plugin 7.25.0 (`java`, `native`, models + apis) on the OpenAPI export, same Maven");
        mavenGenerationRow("-c1", "… both with Maven's JVM on C1 only (`MAVEN_OPTS=-XX:TieredStopAtLevel=1`, as"
                + " `.mvn/jvm.config` can set it), median of %d", "OpenAPI Generator Maven plugin, as above");
        if (Files.isRegularFile(work.resolve("times/vpc.plugin.tcgen-repeated.txt"))) {
            double[] tcgen = column("vpc.plugin.tcgen-repeated", 0);
            double[] peer = column("vpc.plugin.peer-repeated", 0);
            row(String.format(Locale.ROOT, "… %d executions in one `mvn generate-sources`, each into an empty directory of its"
                            + " own (as a reactor that generates several services, or a Maven daemon, runs it): the first"
                            + " on a cold plugin, the later ones on code the JIT compiled for the earlier; median of %d",
                            tcgen.length, tcgen.length),
                    "OpenAPI Generator Maven plugin, as above",
                    millis(median(peer)) + " (first " + millis(peer[0]) + ", last " + millis(peer[peer.length - 1]) + ")",
                    millis(median(tcgen)) + " (first " + millis(tcgen[0]) + ", last " + millis(tcgen[tcgen.length - 1]) + ")",
                    ratio(median(peer) / median(tcgen)) + " (≥10×)",
                    "`benchmarks/maven-generation.sh CORPUS " + tcgen.length + "`");
        }
    }

    /** One row of {@link #mavenGenerationRows}: the plugin executions of {@code times/vpc.plugin.*SUFFIX.txt}. */
    private void mavenGenerationRow(String suffix, String what, String peerWhat) throws IOException {
        double[] tcgen = column("vpc.plugin.tcgen" + suffix, 0);
        double[] peer = column("vpc.plugin.peer" + suffix, 0);
        row(String.format(Locale.ROOT, what, tcgen.length), peerWhat,
                millis(median(peer)) + " (whole `mvn` " + seconds(median(column("vpc.plugin.peer" + suffix, 1)) / 1000) + ")",
                millis(median(tcgen)) + " (whole `mvn` " + seconds(median(column("vpc.plugin.tcgen" + suffix, 1)) / 1000) + ")",
                ratio(median(peer) / median(tcgen)) + " (≥10×)",
                "`benchmarks/maven-generation.sh CORPUS " + tcgen.length + "`");
    }

    private void signingRows() throws IOException {
        Map<String, JsonNode> byName = byName("jmh-signing.json");
        JsonNode official = byName.get("officialSdk");
        JsonNode generated = byName.get("generated");
        JsonNode floor = byName.get("floor");
        String command = "`" + JMH + "SigningBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc`";
        row("TC3 signature of one GetRunCalls request (JMH, ns/op; bytes allocated/op)",
                "official SDK 3.1.1000 procedure (`Sign` helpers as `AbstractClient` composes them)",
                nanos(official) + "; " + bytes(official), nanos(generated) + "; " + bytes(generated),
                ratio(score(official) / score(generated)) + " faster (≥3×)", command);
        row("TC3 signature vs the floor (2 × SHA-256 + 1 HMAC, key already in the MAC)",
                "floor", nanos(floor) + "; " + bytes(floor), nanos(generated) + "; " + bytes(generated),
                ratio(score(generated) / score(floor)) + " of the floor (≤1.5×)", command);
    }

    private void callRows() throws IOException {
        for (int threads : new int[] {1, 16}) {
            Map<String, JsonNode> byName = byName("jmh-calls-" + threads + ".json");
            JsonNode official = byName.get("officialSdk");
            JsonNode generated = byName.get("generated");
            JsonNode floor = byName.get("floor");
            String command = "`" + JMH + "CallBenchmark -p port=PORT -t " + threads
                    + " -f 1 -wi 15 -w 3s -i 5 -r 3s -prof gc` (server: `java -Dsun.net.httpserver.nodelay=true -cp … "
                    + "dev.tcgen.benchmarks.calls.ExampleServer spec/omics/2022-11-28.yaml 0`)";
            String what = "GetRunCalls over loopback, " + threads + (threads == 1 ? " thread" : " threads")
                    + " (calls/s; p50 / p99 latency; bytes allocated per call)";
            if (threads == 1) {
                row(what, "official `OmicsClient` 3.1.1000", call(official, threads), call(generated, threads),
                        ratio(throughput(generated, threads) / throughput(official, threads)) + " the throughput (≥3×)", command);
                row(what, "floor: JDK HttpClient POST, unsigned, body not bound", call(floor, threads), call(generated, threads),
                        ratio(percentile(generated, "50.0") / percentile(floor, "50.0")) + " the floor's p50 latency (≤1.2×)", command);
            } else {
                row(what, "official `OmicsClient` 3.1.1000", call(official, threads), call(generated, threads),
                        ratio(throughput(generated, threads) / throughput(official, threads)) + " the throughput", command);
                row(what, "floor: JDK HttpClient POST, unsigned, body not bound", call(floor, threads), call(generated, threads),
                        percent(throughput(generated, threads) / throughput(floor, threads)) + " of the floor's throughput (≥90%)", command);
            }
        }
    }

    /**
     * Bytes a call allocates over the floor at one thread, and how much of them tcgen's own stages take, each
     * measured alone (CallStagesBenchmark); the rest is the JDK's HttpClient handling the signed request.
     */
    private void allocationRow() throws IOException {
        Map<String, JsonNode> calls = byName("jmh-calls-1.json");
        Map<String, JsonNode> stages = byName("jmh-stages.json");
        double floor = allocated(calls.get("floor"));
        double generated = allocated(calls.get("generated"));
        double own = 0;
        StringBuilder parts = new StringBuilder();
        for (String stage : List.of("prepare", "sign", "read")) {
            double bytes = allocated(stages.get(stage));
            own += bytes;
            parts.append(parts.length() == 0 ? "" : ", ").append(stage).append(String.format(Locale.ROOT, " %,.0f B", bytes));
        }
        row("Allocation per GetRunCalls call over the floor, 1 thread; of it, tcgen's own stages each measured alone"
                        + " without the network (JMH `-prof gc`)", "floor, as above",
                String.format(Locale.ROOT, "%,.0f B", floor),
                String.format(Locale.ROOT, "%,.0f B: %s = %,.0f B; the other %,.0f B over the floor in the JDK's HttpClient",
                        generated, parts, own, generated - floor - own),
                String.format(Locale.ROOT, "+%,.0f B (≤ +4,096 B)", generated - floor),
                "`" + JMH + "CallStagesBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc`");
    }

    private static double allocated(JsonNode result) {
        var metrics = result.path("secondaryMetrics").fields();
        while (metrics.hasNext()) {
            var metric = metrics.next();
            if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                return metric.getValue().path("score").asDouble();
            }
        }
        throw new IllegalStateException(shortName(result) + " has no gc.alloc.rate.norm: run it with -prof gc");
    }

    private String call(JsonNode result, int threads) {
        return String.format(Locale.ROOT, "%,.0f calls/s; %.0f / %.0f µs; %s", throughput(result, threads),
                percentile(result, "50.0"), percentile(result, "99.0"), bytes(result));
    }

    /** Closed loop: every thread has one call in flight, so calls per second = threads / mean latency. */
    private static double throughput(JsonNode result, int threads) {
        return threads * 1e6 / result.path("primaryMetric").path("score").asDouble();
    }

    private static double percentile(JsonNode result, String which) {
        return result.path("primaryMetric").path("scorePercentiles").path(which).asDouble();
    }

    private static double score(JsonNode result) {
        return result.path("primaryMetric").path("score").asDouble();
    }

    private static String nanos(JsonNode result) {
        return String.format(Locale.ROOT, "%,.0f ns", score(result));
    }

    private static String bytes(JsonNode result) {
        return String.format(Locale.ROOT, "%,.0f B", allocated(result));
    }

    private static String shortName(JsonNode result) {
        String benchmark = result.path("benchmark").asText();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** The results of a JMH run by benchmark method name. */
    private Map<String, JsonNode> byName(String file) throws IOException {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (JsonNode result : jmh(file)) {
            results.put(shortName(result), result);
        }
        return results;
    }

    private JsonNode jmh(String file) throws IOException {
        return JSON.readTree(work.resolve(file).toFile());
    }

    private void row(String what, String peer, String peerFigure, String tcgenFigure, String ratio, String command) {
        out.append("| ").append(String.join(" | ", what, peer, peerFigure, tcgenFigure, ratio, command)).append(" |\n");
    }

    private double[] column(String name, int index) throws IOException {
        return Files.readAllLines(work.resolve("times/" + name + ".txt")).stream()
                .filter(line -> !line.isBlank())
                .mapToDouble(line -> Double.parseDouble(line.trim().split("\\s+")[index]))
                .toArray();
    }

    private String command(String name) throws IOException {
        return Files.readString(work.resolve("commands/" + name + ".txt")).trim();
    }

    private String read(String name) throws IOException {
        return Files.readString(work.resolve("times/" + name)).trim();
    }

    private static double[] values(List<String> lines, String kind) {
        List<Double> values = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2 && parts[0].equals(kind)) {
                values.add(Double.parseDouble(parts[1]));
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Map<String, String> keyed(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space > 0) {
                map.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        return map;
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f s", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.0f ms", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1f×", value);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
