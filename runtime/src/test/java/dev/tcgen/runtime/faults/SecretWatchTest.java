package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The watch the fault tests rely on finds a secret wherever it hides, so that its silence means something. */
class SecretWatchTest {

    private static final String SECRET = "planted-SECRET-0b7e";

    @Test
    void findsASecretInASuppressedCauseOnly() {
        try (SecretWatch watch = new SecretWatch()) {
            RuntimeException outer = new RuntimeException("outer");
            Exception suppressed = new IllegalStateException("cleanup failed", new IOException("key " + SECRET));
            outer.addSuppressed(suppressed);
            watch.record(outer);
            assertEquals(List.of(SECRET), watch.leaks(SECRET, "absent-secret"));
        }
    }

    @Test
    void findsASecretInAFinestLogRecord() {
        try (SecretWatch watch = new SecretWatch()) {
            Logger.getLogger("dev.tcgen.runtime.internal.Invoker").log(Level.FINEST, "signing with " + SECRET);
            assertEquals(List.of(SECRET), watch.leaks(SECRET));
        }
    }

    @Test
    void findsASecretOnStandardErrorAndInAValueShown() {
        try (SecretWatch watch = new SecretWatch()) {
            System.err.println("oops " + SECRET);
            assertEquals(List.of(SECRET), watch.leaks(SECRET));
        }
        try (SecretWatch watch = new SecretWatch()) {
            watch.record("value", new Object() {
                @Override
                public String toString() {
                    return SECRET;
                }
            });
            assertEquals(List.of(SECRET), watch.leaks(SECRET));
        }
    }
}
