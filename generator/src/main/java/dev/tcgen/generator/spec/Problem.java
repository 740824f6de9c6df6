package dev.tcgen.generator.spec;

/** One error found in a spec, printed as {@code FILE:LINE:COLUMN: error: MESSAGE}. */
public record Problem(SourceLocation location, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return location + ": error: " + message;
    }
}
