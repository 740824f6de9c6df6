package dev.tcgen.omics.cli;

import dev.tcgen.omics.calltree.CallTreeWalker;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * How far a tree walk is, on stderr: at once on a terminal (rewritten in place), otherwise only once the
 * walk has taken more than a second, so that quick walks and redirected output stay quiet.
 */
final class ProgressLine implements CallTreeWalker.Progress {

    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final PrintStream err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastShownNanos;
    private boolean shown;

    ProgressLine(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(int listingsDone, int listingsStarted) {
        long now = System.nanoTime();
        if (!terminal && now - startNanos < QUIET_NANOS || shown && now - lastShownNanos < INTERVAL_NANOS) {
            return;
        }
        String text = "listing calls: " + listingsDone + " of " + listingsStarted + " listings done";
        if (terminal) {
            err.print("\r" + text);
        } else {
            err.println(text);
        }
        err.flush();
        shown = true;
        lastShownNanos = now;
    }

    /** Clears the terminal line, so that the report starts clean. */
    synchronized void finish() {
        if (terminal && shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
