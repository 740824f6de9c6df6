package dev.tcgen.generator.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while reading and validating specs, so that a user sees all of them at
 * once instead of fixing one error per run.
 */
public final class Diagnostics {

    private final List<Problem> problems = new ArrayList<>();

    public void error(SourceLocation location, String message) {
        problems.add(new Problem(location, message));
    }

    /** How many problems were reported so far, to tell whether one step of a check found any. */
    public int count() {
        return problems.size();
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    /** The problems in file, line, column order, each reported once. */
    public List<Problem> problems() {
        return problems.stream().distinct().sorted().toList();
    }
}
