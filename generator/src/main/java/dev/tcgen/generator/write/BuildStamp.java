package dev.tcgen.generator.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one generation depended on and produced, kept in the output directory so a build can skip work that
 * would change nothing. The inputs are everything that decides the output: the generator version, every
 * option, and the bytes of every spec read. The outputs are the hashes of the files written, so a generated
 * file edited or deleted by hand is noticed too.
 *
 * <p>A caller takes the stamp <em>before</em> reading the specs for generation; if a spec changes in between,
 * the stamp names the old bytes and the next build regenerates, so the stamp can be early but never stale.
 */
public final class BuildStamp {

    /** The stamp file in the output directory. */
    public static final String FILE = ".tcgen-stamp";

    private static final String HEADER = "tcgen build stamp 1";
    private static final String OUTPUT = "output ";

    private final List<String> inputLines;

    private BuildStamp(List<String> inputLines) {
        this.inputLines = List.copyOf(inputLines);
    }

    /** Starts a stamp for generator {@code version}. */
    public static Builder builder(String version) {
        return new Builder(version);
    }

    /** Collects the inputs, in the order given (which must itself be stable). */
    public static final class Builder {
        private final List<String> lines = new ArrayList<>();

        private Builder(String version) {
            lines.add("generator " + escape(version));
        }

        /** An option that changes the output, such as the base package or the spec paths configured. */
        public Builder option(String name, String value) {
            lines.add("option " + escape(name) + " = " + escape(value));
            return this;
        }

        /** An input file read by the generator, by the name it is read under. */
        public Builder input(String name, byte[] content) {
            lines.add("input " + escape(name) + " sha256:" + sha256(content));
            return this;
        }

        /** An input that could not be read: the stamp then matches nothing, so the generator runs and reports it. */
        public Builder unreadable(String name) {
            lines.add("unreadable " + escape(name));
            return this;
        }

        public BuildStamp build() {
            return new BuildStamp(lines);
        }
    }

    /**
     * Whether {@code outputDirectory} holds the output of exactly these inputs: its stamp lists the same inputs,
     * no input was unreadable, the writer's manifest lists exactly the stamped files, and each of them is
     * present with the stamped bytes.
     */
    public boolean isUpToDate(Path outputDirectory) throws IOException {
        if (inputLines.stream().anyMatch(line -> line.startsWith("unreadable "))) {
            return false;
        }
        Path stampFile = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(stampFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
        int outputsStart = 1 + inputLines.size();
        if (lines.size() < outputsStart || !lines.get(0).equals(HEADER)
                || !lines.subList(1, outputsStart).equals(inputLines)) {
            return false;
        }
        SortedMap<String, String> outputs = new TreeMap<>();
        for (String line : lines.subList(outputsStart, lines.size())) {
            int hashStart = line.lastIndexOf(' ');
            if (!line.startsWith(OUTPUT) || hashStart < OUTPUT.length()) {
                return false;
            }
            outputs.put(unescape(line.substring(OUTPUT.length(), hashStart)), line.substring(hashStart + 1));
        }
        if (!new ArrayList<>(outputs.keySet()).equals(SourceWriter.readManifest(outputDirectory).stream().sorted().toList())) {
            return false;
        }
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = outputDirectory.resolve(output.getKey()).normalize();
            if (!file.startsWith(outputDirectory.normalize()) || !Files.isRegularFile(file)
                    || !output.getValue().equals("sha256:" + sha256(Files.readAllBytes(file)))) {
                return false;
            }
        }
        return true;
    }

    /** Removes the stamp, so that an interrupted generation is never taken for a finished one. */
    public static void invalidate(Path outputDirectory) throws IOException {
        Files.deleteIfExists(outputDirectory.resolve(FILE));
    }

    /** Records these inputs and the {@code sources} just written (relative path to text). */
    public void record(Path outputDirectory, SortedMap<String, String> sources) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        inputLines.forEach(line -> text.append(line).append('\n'));
        sources.forEach((path, source) -> text.append(OUTPUT).append(escape(path)).append(" sha256:")
                .append(sha256(source.getBytes(StandardCharsets.UTF_8))).append('\n'));
        SourceWriter.writeAtomically(outputDirectory.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps every entry on one line, whatever a path or option value holds. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
