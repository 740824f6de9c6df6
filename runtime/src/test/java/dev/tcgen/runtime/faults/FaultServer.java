package dev.tcgen.runtime.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on loopback written on plain sockets, so that a test can misbehave in ways a real
 * server library will not: reset the connection mid-body, drip bytes, lie about lengths, stream without end,
 * send any Date header. Each connection carries one exchange: the request is read whole, then the script
 * writes whatever it likes and the connection is closed.
 */
final class FaultServer implements AutoCloseable {

    /** A request as received; header names are lowercase. */
    record Request(String method, String target, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Writes the answer to one request; the connection is closed when it returns. */
    @FunctionalInterface
    interface Script {
        void answer(Request request, Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-server-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private volatile Script script;

    FaultServer(Script script) throws IOException {
        this(script, 64);
    }

    /** With room for {@code backlog} connections not yet accepted, for tests that open thousands at once. */
    FaultServer(Script script, int backlog) throws IOException {
        this.script = script;
        this.listener = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Requests read whole so far. */
    int hits() {
        return hits.get();
    }

    /** The requests read whole so far, in the order they arrived: the server's receipts. */
    List<Request> received() {
        return List.copyOf(received);
    }

    void script(Script script) {
        this.script = script;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fault server's threads did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the fault server", e);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                pool.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            Request request = read(new BufferedInputStream(socket.getInputStream()));
            if (request != null) {
                received.add(request);
                hits.incrementAndGet();
                script.answer(request, socket, socket.getOutputStream());
                socket.getOutputStream().flush();
            }
        } catch (IOException e) {
            // The client went away or the script reset the connection: both are part of the game.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts.length > 1 ? parts[1] : "", headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    // ---- scripts ----

    /** A complete answer with a correct Content-Length; {@code extraHeaders} are whole header lines. */
    static Script reply(int status, String contentType, byte[] body, String... extraHeaders) {
        return (request, socket, out) -> {
            head(out, status, contentType, "Content-Length: " + body.length, extraHeaders);
            out.write(body);
        };
    }

    static Script json(String body) {
        return reply(200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Declares {@code declaredLength} bytes, sends the first part, then resets the connection (TCP RST). */
    static Script resetMidBody(String partialBody, int declaredLength) {
        return (request, socket, out) -> {
            head(out, 200, "application/json", "Content-Length: " + declaredLength);
            out.write(partialBody.getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.setSoLinger(true, 0); // closing now sends RST instead of FIN
        };
    }

    /**
     * Carries the request out (it was read whole and counted) but sends no answer for {@code silence}, then closes
     * the connection: to the client, a timeout after sending.
     */
    static Script carriedOutThenSilent(Duration silence) {
        return (request, socket, out) -> Thread.sleep(silence.toMillis());
    }

    /** Carries the request out, then resets the connection (TCP RST) before any byte of an answer. */
    static Script carriedOutThenReset() {
        return (request, socket, out) -> socket.setSoLinger(true, 0);
    }

    /** Sends a complete, valid body one byte at a time, pausing {@code pause} before each byte. */
    static Script drip(String body, Duration pause) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return (request, socket, out) -> {
            head(out, 200, "application/json", "Content-Length: " + bytes.length);
            out.flush();
            for (byte b : bytes) {
                Thread.sleep(pause.toMillis());
                out.write(b);
                out.flush();
            }
        };
    }

    /**
     * A JSON answer padded with spaces to {@code totalBytes}, sent with a Content-Length or, when {@code chunked},
     * in chunks without one (so that only counting can tell its size). Stops early when the client goes away.
     */
    static Script padded(String json, long totalBytes, boolean chunked) {
        byte[] start = json.getBytes(StandardCharsets.UTF_8);
        return (request, socket, out) -> {
            head(out, 200, "application/json", chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + totalBytes);
            byte[] spaces = new byte[64 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            write(out, start, start.length, chunked);
            for (long left = totalBytes - start.length; left > 0; left -= spaces.length) {
                write(out, spaces, (int) Math.min(left, spaces.length), chunked);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        };
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static void head(OutputStream out, int status, String contentType, String length, String... extraHeaders) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Status")
                .append("\r\nContent-Type: ").append(contentType)
                .append("\r\n").append(length)
                .append("\r\nConnection: close\r\n");
        for (String header : extraHeaders) {
            head.append(header).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void write(OutputStream out, byte[] bytes, int length, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
