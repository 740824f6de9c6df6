package dev.tcgen.generator.emit;

/** Where generated code finds the runtime it runs on (signer, credentials, transport, errors). */
public enum RuntimeMode {
    /** Its sources are copied into the output, under the base package's {@code core}: nothing to depend on but Jackson. */
    EMBEDDED,
    /** The output imports {@code dev.tcgen.runtime}; the build must depend on {@code dev.tcgen:tcgen-runtime}. */
    DEPENDENCY;

    /** The value as the command line and the plugin spell it: {@code embedded} or {@code dependency}. */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
