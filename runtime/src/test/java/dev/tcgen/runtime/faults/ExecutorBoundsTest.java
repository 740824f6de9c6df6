package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of asynchronous calls in flight against a slow server: the client's own threads stay within their
 * bound (they were a cached pool that grew to ~900), every call completes, and a supplied executor is used instead,
 * even one that refuses tasks.
 */
@Timeout(180)
class ExecutorBoundsTest {
    /** As {@code HttpSender.DEFAULT_THREADS}: twice the processors, at least 4. */
    private static final int BOUND = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private static final int CALLS = 2_000;

    private static final byte[] OK = "{\"Response\":{\"Calls\":[{\"RunId\":\"r\"}],\"RequestId\":\"r-1\"}}"
            .getBytes(StandardCharsets.UTF_8);

    /** Holds every answer back {@code millis}, so that the calls pile up in flight. */
    private static FaultServer.Script slow(long millis) {
        FaultServer.Script reply = FaultServer.reply(200, "application/json", OK);
        return (request, socket, out) -> {
            Thread.sleep(millis);
            reply.answer(request, socket, out);
        };
    }

    @Test
    void ownThreadsStayWithinTheBoundWithTwoThousandCallsInFlight() throws Exception {
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                most.accumulateAndGet(threadsNamed("tcgen-runs-http-"), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (FaultServer server = new FaultServer(slow(1_000), CALLS);
                RunsClient client = RunsClient.builder(server.endpoint()).build()) {
            sampler.start();
            List<CompletableFuture<RunsClient.RunsResponse>> calls = IntStream.range(0, CALLS)
                    .mapToObj(i -> client.getRunCallsAsync("run-" + i)).toList();
            int completed = 0;
            for (CompletableFuture<RunsClient.RunsResponse> call : calls) {
                assertEquals("r-1", call.get(120, TimeUnit.SECONDS).requestId());
                completed++;
            }
            assertEquals(CALLS, completed);
            assertEquals(CALLS, server.hits());
        } finally {
            running.set(false);
            sampler.join();
        }
        assertTrue(most.get() <= BOUND, most.get() + " client threads, bound " + BOUND);
        assertTrue(most.get() > 0, "the sampler saw the client's threads");
    }

    @Test
    void suppliedExecutorRunsTheCallsAndTheClientStartsNoThreadsOfItsOwn() throws Exception {
        AtomicInteger started = new AtomicInteger();
        ExecutorService mine = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mine-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try (FaultServer server = new FaultServer(slow(50));
                RunsClient client = RunsClient.builder(server.endpoint()).executor(mine).build()) {
            List<CompletableFuture<String>> threads = IntStream.range(0, 50)
                    .mapToObj(i -> client.getRunCallsAsync("run-" + i).thenApply(response -> Thread.currentThread().getName()))
                    .toList();
            for (CompletableFuture<String> thread : threads) {
                assertTrue(thread.get(60, TimeUnit.SECONDS).startsWith("mine-"), "answers are read on the supplied executor");
            }
            assertEquals(0, threadsNamed("tcgen-runs-http-"));
        } finally {
            mine.shutdownNow();
        }
        assertTrue(started.get() <= 2);
    }

    @Test
    void executorThatRefusesTasksLosesNoCall() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        ThreadPoolExecutor tiny = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(1),
                (task, pool) -> {
                    refused.incrementAndGet();
                    throw new RejectedExecutionException("full");
                });
        try (FaultServer server = new FaultServer(slow(20), 256);
                RunsClient client = RunsClient.builder(server.endpoint()).executor(tiny).build()) {
            List<CompletableFuture<RunsClient.RunsResponse>> calls = IntStream.range(0, 200)
                    .mapToObj(i -> client.getRunCallsAsync("run-" + i)).toList();
            for (CompletableFuture<RunsClient.RunsResponse> call : calls) {
                assertEquals("r-1", call.get(60, TimeUnit.SECONDS).requestId());
            }
        } finally {
            tiny.shutdownNow();
        }
        assertTrue(refused.get() > 0, "the executor was saturated");
    }

    private static int threadsNamed(String prefix) {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith(prefix)).count();
    }
}
