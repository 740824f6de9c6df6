package dev.tcgen.runtime.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures everything a test run could show a person: System.out and System.err, every java.util.logging
 * record at every level (the client's System.Logger and the JDK's HTTP client log there), and each failure
 * handed to {@link #record(Throwable)} with its whole chain (messages, toString, stack trace text, causes,
 * suppressed). {@link #leaks(String...)} says which secrets appear anywhere in it.
 */
final class SecretWatch implements AutoCloseable {

    private static final String[] LOGGERS = {"", "dev.tcgen", "jdk.internal.httpclient", "jdk.httpclient.HttpClient",
            "com.sun.net.httpserver"};

    private final StringBuilder seen = new StringBuilder();
    private final ByteArrayOutputStream streams = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            append(formatter.format(record));
            if (record.getThrown() != null) {
                record(record.getThrown());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    SecretWatch() {
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            loggers.add(logger);
            levels.add(logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        PrintStream both = new PrintStream(streams, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    /** Adds {@code failure} and everything reachable from it. */
    void record(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        append(trace.toString());
        Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable next = pending.remove(pending.size() - 1);
            if (next == null || !visited.add(next)) {
                continue;
            }
            append(next.getMessage() + "\n" + next.getLocalizedMessage() + "\n" + next + "\n");
            pending.add(next.getCause());
            pending.addAll(List.of(next.getSuppressed()));
        }
    }

    /** Adds what a person would see of {@code value}. */
    void record(String what, Object value) {
        append(what + ": " + value + "\n");
    }

    /** All captured so far. */
    String text() {
        synchronized (seen) {
            return seen + streams.toString(StandardCharsets.UTF_8);
        }
    }

    /** The secrets that appear in what was captured. */
    List<String> leaks(String... secrets) {
        String text = text();
        return List.of(secrets).stream().filter(text::contains).toList();
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(capture);
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(levels.get(i));
        }
    }

    private void append(String text) {
        synchronized (seen) {
            seen.append(text);
        }
    }
}
