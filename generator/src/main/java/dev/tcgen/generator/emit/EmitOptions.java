package dev.tcgen.generator.emit;

/**
 * What to emit beyond the bindings themselves.
 *
 * @param sandbox also emit, per service, {@code <Service>Sandbox} (a local stand-in server for tests and demos)
 *     and the core classes it runs on; off by default so that production builds do not carry it
 */
public record EmitOptions(boolean sandbox) {

    /** The bindings only. */
    public static EmitOptions defaults() {
        return new EmitOptions(false);
    }

    public EmitOptions withSandbox(boolean sandbox) {
        return new EmitOptions(sandbox);
    }
}
