package dev.tcgen.generator.diff;

/**
 * One difference between two versions of a spec, judged from the side of code written against the old one.
 *
 * @param rule a stable identifier of the rule that classified the change, e.g. {@code field-removed}
 * @param subject the element, e.g. {@code GetRunCalls.request.Path} or {@code RunMetadata.WorkDir}; with the service
 *     version in front ({@code omics@2022-11-28:RunMetadata.WorkDir}) where a side holds several versions of it
 * @param message what changed, in words
 */
public record Change(Severity severity, String rule, String subject, String message) {

    public enum Severity {
        /** Code or calls that worked against the old spec may fail to compile or fail at run time. */
        BREAKING,
        /** Existing code keeps compiling and working. */
        COMPATIBLE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isBreaking() {
        return severity == Severity.BREAKING;
    }
}
