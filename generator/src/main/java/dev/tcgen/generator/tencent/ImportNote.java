package dev.tcgen.generator.tencent;

/**
 * Something in the source that the spec cannot say, or a choice the importer made because the source does
 * not say: reported so that nothing is dropped silently.
 *
 * @param what the kind of thing, with what became of it, e.g. {@code "member example is not a valid integer; dropped"}
 * @param where the element, e.g. {@code RunMetadata.SubmitTime}
 */
public record ImportNote(String what, String where) {

    /** The note as one line, element first so that a sorted or grepped list reads by element: {@code where: what}. */
    public String line() {
        return where + ": " + what;
    }
}
