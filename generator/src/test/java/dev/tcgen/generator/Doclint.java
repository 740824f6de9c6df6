package dev.tcgen.generator;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Runs the JDK's javadoc with every doclint check over sources, as a test sees them: its messages, one a line. */
public final class Doclint {

    private Doclint() {}

    /** The warnings and errors of {@code javadoc -Xdoclint:all -encoding UTF-8 -quiet} over the sources. */
    public static List<String> messages(SortedMap<String, String> sources, Path directory) throws Exception {
        Path src = directory.resolve("src");
        List<Path> files = new ArrayList<>();
        for (var source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-Xdoclint:all", "-encoding", "UTF-8", "-quiet", "-notimestamp",
                    "-Xmaxwarns", "100000", "-Xmaxerrs", "100000",
                    "-d", directory.resolve("docs").toString(), "-classpath", jacksonClassPath());
            boolean succeeded = tool.getTask(output, fileManager, diagnostics, null, options,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() != Diagnostic.Kind.NOTE && diagnostic.getKind() != Diagnostic.Kind.OTHER) {
                    String file = diagnostic.getSource() == null ? "" : src.relativize(Path.of(diagnostic.getSource().toUri())) + ":";
                    messages.add(file + diagnostic.getLineNumber() + ": " + diagnostic.getKind().toString().toLowerCase(Locale.ROOT)
                            + ": " + diagnostic.getMessage(Locale.ROOT));
                }
            }
            if (!succeeded && messages.isEmpty()) {
                messages.add("javadoc failed: " + output);
            }
            return messages;
        }
    }

    /** What generated code compiles against: Jackson's annotations, core and databind. */
    private static String jacksonClassPath() throws URISyntaxException {
        List<String> jars = new ArrayList<>();
        for (Class<?> type : List.of(JsonProperty.class, JsonFactory.class, ObjectMapper.class)) {
            jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, jars);
    }
}
