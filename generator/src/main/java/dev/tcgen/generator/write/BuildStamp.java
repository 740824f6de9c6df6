package dev.tcgen.generator.write;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one generation depended on and produced, kept in the output directory so a build can skip work that
 * would change nothing. The inputs are everything that decides the output: the generator version, every
 * option, and the bytes of every spec read. The outputs are the checks of the files written, so a generated
 * file edited or deleted by hand is noticed too. Bytes are recorded by {@link ContentChecksum}, never by size and
 * modification time alone: a spec unpacked from an archive, or checked out, can change while keeping both.
 *
 * <p>A caller takes the stamp <em>before</em> reading the specs for generation; if a spec changes in between,
 * the stamp names the old bytes and the next build regenerates, so the stamp can be early but never stale.
 */
public final class BuildStamp {

    /** The stamp file in the output directory. */
    public static final String FILE = ".tcgen-stamp";

    private static final String HEADER = "tcgen build stamp 2";
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
            lines.add("input " + escape(name) + " " + ContentChecksum.of(content));
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
        for (String line : inputLines) {
            if (line.startsWith("unreadable ")) {
                return false;
            }
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
            int checkStart = line.lastIndexOf(' ');
            if (!line.startsWith(OUTPUT) || checkStart < OUTPUT.length()) {
                return false;
            }
            outputs.put(unescape(line.substring(OUTPUT.length(), checkStart)), line.substring(checkStart + 1));
        }
        if (!outputs.keySet().equals(new TreeSet<>(SourceWriter.readManifest(outputDirectory)))) {
            return false;
        }
        Path root = outputDirectory.normalize();
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = root.resolve(output.getKey()).normalize();
            if (!file.startsWith(root) || !output.getValue().equals(checksumOf(file))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The check of a generated file, or null when it is gone (or is a directory). A plain stream rather than
     * {@code Files.readAllBytes}: for many small files it costs half as much in a JVM that has not compiled it.
     */
    private static String checksumOf(Path file) throws IOException {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return ContentChecksum.of(in.readAllBytes());
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    /** Removes the stamp, so that an interrupted generation is never taken for a finished one. */
    public static void invalidate(Path outputDirectory) throws IOException {
        Files.deleteIfExists(outputDirectory.resolve(FILE));
    }

    /** Records these inputs and the {@code sources} just written (relative path to text). */
    public void record(Path outputDirectory, SortedMap<String, String> sources) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        inputLines.forEach(line -> text.append(line).append('\n'));
        // On all cores: encoding and checking megabytes of generated text was serial work at the end of every build.
        List<String> outputLines = sources.entrySet().parallelStream()
                .map(source -> new StringBuilder(OUTPUT).append(escape(source.getKey())).append(' ')
                        .append(ContentChecksum.of(source.getValue().getBytes(StandardCharsets.UTF_8))).toString())
                .toList();
        outputLines.forEach(line -> text.append(line).append('\n'));
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
}
