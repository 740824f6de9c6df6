package dev.tcgen.client.faults;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a piece of work may leave behind: live threads and open sockets (file descriptors of this process that
 * are sockets). Take a {@link #snapshot()} before, close everything, then {@link #assertReleasedSince} waits a
 * grace period, collecting garbage, until no thread started since is alive and no more sockets are open.
 *
 * <p>The HttpClient of a closed client lets go of its selector thread and pooled connections only once it is
 * garbage (Java 17 has no {@code HttpClient.close()}); its selector wakes every {@code
 * jdk.internal.httpclient.selectorTimeout} ms (1 s in the surefire configuration) to notice that.
 */
final class Leaks {

    /** JVM-wide threads that outlive any one piece of work by design. */
    private static final List<String> SHARED_THREADS = List.of("ForkJoinPool.commonPool-worker-",
            "CompletableFutureDelayScheduler", "process reaper", "Attach Listener", "Common-Cleaner");

    private static final Path OPEN_FILES = Path.of("/proc/self/fd");

    record Snapshot(Set<Thread> threads, long sockets) {}

    private Leaks() {}

    static Snapshot snapshot() {
        return new Snapshot(Set.copyOf(Thread.getAllStackTraces().keySet()), sockets());
    }

    static void assertReleasedSince(Snapshot before, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            Set<String> started = startedSince(before);
            long sockets = sockets();
            if (started.isEmpty() && sockets <= before.sockets()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("after " + grace.toMillis() + " ms still alive: threads " + started + "; open sockets "
                        + sockets + " (before: " + before.sockets() + ")");
            }
            System.gc();
            Thread.sleep(50);
        }
    }

    private static Set<String> startedSince(Snapshot before) {
        Set<Thread> now = new HashSet<>(Thread.getAllStackTraces().keySet());
        now.removeAll(before.threads());
        return now.stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> SHARED_THREADS.stream().noneMatch(name::startsWith))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Open sockets of this process; -1 where /proc is not there to tell (then only threads are checked). */
    private static long sockets() {
        if (!Files.isDirectory(OPEN_FILES)) {
            return -1;
        }
        try (Stream<Path> descriptors = Files.list(OPEN_FILES)) {
            return descriptors.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listing
                }
            }).count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + OPEN_FILES, e);
        }
    }
}
