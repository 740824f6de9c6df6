package dev.tcgen.generator.emit;

import java.util.Objects;

/**
 * What to emit beyond the bindings themselves, and where their runtime comes from.
 *
 * @param sandbox also emit, per service, {@code <Service>Sandbox} (a local stand-in server for tests and demos)
 *     and the runtime classes it runs on; off by default so that production builds do not carry it
 * @param runtime whether the runtime's sources are copied into the output (the default) or depended on
 */
public record EmitOptions(boolean sandbox, RuntimeMode runtime) {

    public EmitOptions {
        Objects.requireNonNull(runtime, "runtime");
    }

    /** The bindings only, with the runtime embedded. */
    public static EmitOptions defaults() {
        return new EmitOptions(false, RuntimeMode.EMBEDDED);
    }

    public EmitOptions withSandbox(boolean sandbox) {
        return new EmitOptions(sandbox, runtime);
    }

    public EmitOptions withRuntime(RuntimeMode runtime) {
        return new EmitOptions(sandbox, runtime);
    }
}
