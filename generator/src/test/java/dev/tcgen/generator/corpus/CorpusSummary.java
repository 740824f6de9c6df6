package dev.tcgen.generator.corpus;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** What a corpus run found, quick to read: the counts and time, then each failure with its first errors. */
final class CorpusSummary {

    private final List<ServiceVersionRun.Outcome> outcomes;
    private final long millis;
    private final int threads;

    CorpusSummary(List<ServiceVersionRun.Outcome> outcomes, long millis, int threads) {
        this.outcomes = List.copyOf(outcomes);
        this.millis = millis;
        this.threads = threads;
    }

    List<ServiceVersionRun.Outcome> failures() {
        return outcomes.stream().filter(o -> o.stage() != ServiceVersionRun.Stage.OK).toList();
    }

    /** The counts, the time, the slowest service versions and every failure. */
    String text() {
        List<ServiceVersionRun.Outcome> failures = failures();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "corpus run: %d service versions, %d ok, %d failed, in %s on %d threads%n",
                outcomes.size(), outcomes.size() - failures.size(), failures.size(), duration(millis), threads));
        text.append(String.format(Locale.ROOT, "  %d actions, %d types, %d error codes, %d import notes, %d generated files"
                        + " (the core package apart)%n", sum(ServiceVersionRun.Outcome::actions),
                sum(ServiceVersionRun.Outcome::types), sum(ServiceVersionRun.Outcome::errorCodes),
                sum(ServiceVersionRun.Outcome::notes), sum(ServiceVersionRun.Outcome::files)));
        text.append(String.format(Locale.ROOT, "  time per stage, summed over the threads: import %s, generate %s, compile %s%n",
                duration(sumLong(ServiceVersionRun.Outcome::importMillis)),
                duration(sumLong(ServiceVersionRun.Outcome::generateMillis)),
                duration(sumLong(ServiceVersionRun.Outcome::compileMillis))));
        text.append("  slowest: ").append(outcomes.stream()
                .sorted(Comparator.comparingLong(ServiceVersionRun.Outcome::millis).reversed()).limit(5)
                .map(o -> o.name() + " " + duration(o.millis())).collect(Collectors.joining(", ")));
        if (!failures.isEmpty()) {
            text.append('\n').append(failureText());
        }
        return text.toString();
    }

    /** Each failure: the service version, the stage it stopped at, its first errors. */
    String failureText() {
        StringBuilder text = new StringBuilder();
        for (ServiceVersionRun.Outcome failure : failures()) {
            text.append(String.format(Locale.ROOT, "FAILED %s at %s%n", failure.name(),
                    failure.stage().name().toLowerCase(Locale.ROOT)));
            failure.problems().forEach(problem -> text.append("    ").append(problem).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    /** One line per service version, for a closer look. */
    String table() {
        StringBuilder table = new StringBuilder("service version: outcome, actions, types, error codes, notes, files,"
                + " import/generate/compile ms\n");
        for (ServiceVersionRun.Outcome o : outcomes) {
            table.append(String.format(Locale.ROOT, "%s: %s, %d, %d, %d, %d, %d, %d/%d/%d%n", o.name(),
                    o.stage().name().toLowerCase(Locale.ROOT), o.actions(), o.types(), o.errorCodes(), o.notes(), o.files(),
                    o.importMillis(), o.generateMillis(), o.compileMillis()));
        }
        return table.toString();
    }

    private int sum(ToIntFunction<ServiceVersionRun.Outcome> count) {
        return outcomes.stream().mapToInt(count).sum();
    }

    private long sumLong(ToLongFunction<ServiceVersionRun.Outcome> count) {
        return outcomes.stream().mapToLong(count).sum();
    }

    static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
                : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
