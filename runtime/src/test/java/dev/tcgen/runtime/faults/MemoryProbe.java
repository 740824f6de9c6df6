package dev.tcgen.runtime.faults;

import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.RetryPolicy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run in a JVM of its own with a small heap ({@code -Xmx}) by {@link MemoryBoundTest}: {@code concurrency} threads
 * each make {@code rounds} calls whose answers are {@code bytes} long, all at once, against a local server, with
 * {@code maxResponseBytes} just above that size. Prints {@code OK} and the heap figures, or the failure; exits 0
 * only when every call returned its answer whole.
 *
 * An optional fifth argument makes the server write the body that many bytes at a time, each flushed.
 *
 * <p>Shapes: {@code string}, one string field holding nearly the whole body (the worst case for the parser's
 * text buffers); {@code calls}, the body as many small records (the worst case for what the answer becomes).
 */
final class MemoryProbe {
    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.parseInt(args[0]);
        int bytes = Integer.parseInt(args[1]);
        String shape = args[2];
        int rounds = Integer.parseInt(args[3]);
        int pieces = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        byte[] body = body(shape, bytes);
        try (FaultServer server = new FaultServer(pieces > 0 ? inPieces(body, pieces) : FaultServer.reply(200, "application/json", body))) {
            ExecutorService callers = Executors.newFixedThreadPool(concurrency);
            try (RunsClient client = client(server, body.length)) {
                client.getRunCalls("warm-up");
                long baseline = usedAfterGc();
                resetPeaks();
                List<Future<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < concurrency * rounds; i++) {
                    calls.add(callers.submit(() -> client.getRunCalls("run").calls().size()));
                }
                int records = 0;
                for (Future<Integer> call : calls) {
                    records += call.get();
                }
                System.out.printf(Locale.ROOT, "OK calls=%d records=%d bodyBytes=%d baselineUsed=%d peakUsed=%d maxHeap=%d%n",
                        calls.size(), records, body.length, baseline, peakUsed(), Runtime.getRuntime().maxMemory());
            } finally {
                callers.shutdownNow();
            }
        } catch (Throwable e) {
            System.out.println("FAILED " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static RunsClient client(FaultServer server, int bodyBytes) {
        return ClientSettings.builder(RunsClient.DESCRIPTION, RunsClient::create)
                .credentials(Credentials.of(FaultMatrixTest.SECRET_ID, FaultMatrixTest.SECRET_KEY, FaultMatrixTest.TOKEN))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(60))
                .maxResponseBytes(bodyBytes + 1024)
                .build();
    }

    /** Writes {@code body} {@code pieces} bytes at a time, each flushed: many small reads on the client's side. */
    private static FaultServer.Script inPieces(byte[] body, int pieces) {
        return (request, socket, out) -> {
            socket.setTcpNoDelay(true);
            FaultServer.head(out, 200, "application/json", "Content-Length: " + body.length);
            for (int at = 0; at < body.length; at += pieces) {
                out.write(body, at, Math.min(pieces, body.length - at));
                out.flush();
            }
        };
    }

    static byte[] body(String shape, int bytes) throws IOException {
        String head = "{\"Response\":{\"Calls\":[";
        String tail = "],\"RequestId\":\"r-1\"}}";
        StringBuilder json = new StringBuilder(bytes).append(head);
        if (shape.equals("string")) {
            json.append("{\"RunId\":\"run-1\",\"WorkDir\":\"");
            json.append("w".repeat(bytes - json.length() - tail.length() - 2));
            json.append("\"}");
        } else {
            String call = "{\"RunId\":\"run-%07d\",\"CallCached\":true,\"WorkDir\":\"/data/work/%07d\",\"Attempts\":1,\"Size\":%d}";
            for (int i = 0; json.length() + 120 + tail.length() < bytes; i++) {
                json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, call, i, i, i * 1000L));
            }
        }
        json.append(tail);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long usedAfterGc() {
        System.gc();
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound of the peak of the whole heap. */
    private static long peakUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
