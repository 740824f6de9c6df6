package dev.tcgen.runtime.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * The POST of one attempt, made by {@link RequestSigner} without {@code HttpRequest.Builder}: the builder keeps its
 * headers in a sorted map of lists and copies them all again in {@code build()}, which cost more per call than
 * signing; the HttpClient copies and checks the headers of whatever request it sends anyway. The headers that are
 * the same on every call are {@link Lines} entries made once per client.
 */
final class SignedRequest extends HttpRequest {
    /** The lines were checked as they were added (see {@link RequestSigner}); the HttpClient checks them again. */
    private static final BiPredicate<String, String> CHECKED = (name, value) -> true;

    private final URI uri;

    private final Optional<Duration> timeout;

    private final Optional<BodyPublisher> body;

    private final Optional<HttpClient.Version> version;

    private final HttpHeaders headers;

    SignedRequest(URI uri, Duration timeout, byte[] body, Optional<HttpClient.Version> version, Lines lines) {
        this.uri = uri;
        this.timeout = Optional.of(timeout);
        this.body = Optional.of(BodyPublishers.ofByteArray(body));
        this.version = version;
        this.headers = HttpHeaders.of(lines, CHECKED);
    }

    @Override
    public Optional<BodyPublisher> bodyPublisher() {
        return body;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public Optional<Duration> timeout() {
        return timeout;
    }

    @Override
    public boolean expectContinue() {
        return false;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public Optional<HttpClient.Version> version() {
        return version;
    }

    @Override
    public HttpHeaders headers() {
        return headers;
    }

    /** The method and URI, as the JDK's own requests say themselves; never a header. */
    @Override
    public String toString() {
        return uri + " POST";
    }

    /**
     * The header lines of one request, name to values, for {@link HttpHeaders#of}, which reads them with
     * {@link #forEach} (answered from the array, without an entry set). A name added twice in different case is
     * one line with both values, as {@code HttpRequest.Builder} makes it.
     */
    static final class Lines extends AbstractMap<String, List<String>> {
        private Map.Entry<String, List<String>>[] lines;

        private int count;

        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be made raw
        Lines(int capacity) {
            lines = new Map.Entry[capacity];
        }

        /**
         * A line of one value. A singleton list, since {@link HttpHeaders#of} walks each line's values with
         * {@code forEach}, which it answers without an iterator.
         */
        static Map.Entry<String, List<String>> line(String name, String value) {
            return Map.entry(name, Collections.singletonList(value));
        }

        /** Adds {@code line}, whose name no other line has. */
        void add(Map.Entry<String, List<String>> line) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = line;
        }

        /** Adds a line whose name no other line has. */
        void add(String name, String value) {
            add(line(name, value));
        }

        /** Adds {@code value} to the line of {@code name} in any case, or a new line. */
        void append(String name, String value) {
            for (int i = 0; i < count; i++) {
                if (lines[i].getKey().equalsIgnoreCase(name)) {
                    List<String> values = new ArrayList<>(lines[i].getValue());
                    values.add(value);
                    lines[i] = Map.entry(lines[i].getKey(), List.copyOf(values));
                    return;
                }
            }
            add(name, value);
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super List<String>> action) {
            for (int i = 0; i < count; i++) {
                action.accept(lines[i].getKey(), lines[i].getValue());
            }
        }

        @Override
        public Set<Map.Entry<String, List<String>>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, List<String>>> iterator() {
                    return Arrays.asList(lines).subList(0, count).iterator();
                }

                @Override
                public int size() {
                    return count;
                }
            };
        }
    }
}
