package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a piece of work may leave behind: live threads and open TCP sockets (connections and listeners of this
 * process, read from /proc). Take a {@link #snapshot()} before, close everything, then {@link #assertReleasedSince}
 * waits a grace period, collecting garbage, until no thread started since is alive and no socket opened since is open.
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

    record Snapshot(Set<Thread> threads, Set<String> sockets) {}

    private Leaks() {}

    static Snapshot snapshot() {
        return new Snapshot(Set.copyOf(Thread.getAllStackTraces().keySet()), Set.copyOf(sockets().keySet()));
    }

    static void assertReleasedSince(Snapshot before, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            Set<String> started = startedSince(before);
            Map<String, String> opened = new TreeMap<>(sockets());
            opened.keySet().removeAll(before.sockets());
            if (started.isEmpty() && opened.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("after " + grace.toMillis() + " ms still alive: threads " + started + "; TCP sockets " + opened);
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
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * This process's open TCP sockets (connections and listeners) as {@code socket:[inode]} with the kernel's line
     * for each (addresses in hex, state); none where /proc cannot tell (then only threads count). Other sockets,
     * such as a UNIX socket the C library may keep to a name service, are no connections of ours.
     */
    private static Map<String, String> sockets() {
        if (!Files.isDirectory(OPEN_FILES)) {
            return Map.of();
        }
        Map<String, String> tcp = new HashMap<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns.length > 9) {
                        tcp.put("socket:[" + columns[9] + "]", line.trim());
                    }
                }
            } catch (IOException e) {
                // no such table (no IPv6): nothing to add
            }
        }
        try (Stream<Path> descriptors = Files.list(OPEN_FILES)) {
            return descriptors.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return ""; // closed while listing
                }
            }).filter(tcp::containsKey).distinct().collect(Collectors.toMap(socket -> socket, tcp::get));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + OPEN_FILES, e);
        }
    }
}
