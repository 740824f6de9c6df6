package dev.tcgen.generator.tencent;

/** The source cannot be imported as it is; the message says what is wrong and where. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
