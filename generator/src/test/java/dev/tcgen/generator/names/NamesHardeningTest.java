package dev.tcgen.generator.names;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.cli.Main;
import dev.tcgen.generator.spec.Problem;
import dev.tcgen.generator.write.SourceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile names: each either generates code that compiles with -Xlint:all -Werror, or is one exact located
 * problem; and whatever the names, output stays inside the output directory.
 */
class NamesHardeningTest {

    private static final String OMICS = "../spec/omics/2022-11-28.yaml";

    @TempDir
    Path dir;

    /**
     * A service with the action GetThing whose request fields are {@code request} (indented here) and, after
     * them, {@code rest}: more actions at indent 2, or top-level keys at indent 0. The request's first field
     * is on line 11.
     */
    private static String spec(String service, String request, String rest) {
        return """
                tcgen: 1
                service:
                  name: %s
                  version: "2022-11-28"
                  host: thing.tencentcloudapi.com
                actions:
                  GetThing:
                    description: Gets a thing.
                    regionRequired: false
                    request:
                %s
                %s""".formatted(service, (request.isEmpty() ? "X: {type: string}" : request).stripIndent().indent(6).stripTrailing(), rest);
    }

    @Test
    void keywordsAndContextualKeywordsAsFieldNamesCompile() throws IOException {
        SortedMap<String, String> sources = compiles(spec("thing", """
                      record: {type: string}
                      var: {type: string}
                      yield: {type: string}
                      sealed: {type: string}
                      permits: {type: string}
                      Class: {type: string}
                      Builder: {type: string}
                      source: {type: string}
                      ToString: {type: string}""", """
                types:
                  Item:
                    fields:
                      Int: {type: integer}
                      Default: {type: boolean}
                      GetClass: {type: string}
                      HashCode: {type: string}
                      Wait: {type: timestamp}
                """));
        String request = sources.get("p/thing/v20221128/GetThingRequest.java");
        for (String component : List.of("String record_", "String var_", "String yield_", "String sealed_",
                "String permits_", "String class_", "String builder_", "String source", "String toString_")) {
            assertTrue(request.contains(component), component);
        }
        assertTrue(request.contains("@JsonProperty(\"record\")"));
    }

    @Test
    void contextualKeywordsAsTypeAndActionNamesCompile() throws IOException {
        compiles(spec("thing", "      X: {type: var}", """
                  Record:
                    description: r
                    regionRequired: false
                  Yield:
                    description: y
                    regionRequired: false
                  Builder:
                    description: b
                    regionRequired: false
                  Class:
                    description: c
                    regionRequired: false
                types:
                  var: {fields: {A: {type: yield}}}
                  yield: {fields: {A: {type: sealed}}}
                  sealed: {fields: {A: {type: permits}}}
                  permits: {fields: {A: {type: string}}}
                """));
    }

    @Test
    void helperAndLibraryNamesTheGeneratorQualifiesCompile() throws IOException {
        compiles(spec("thing", "      X: {type: JsonProperty}", """
                types:
                  JsonProperty: {fields: {A: {type: timestamp}, B: {type: json}, C: {type: list<HashMap>}}}
                  HashMap: {fields: {A: {type: JsonValues}}}
                  JsonValues: {fields: {A: {type: JsonInclude}}}
                  JsonInclude: {fields: {A: {type: string}}}
                  OmicsClient: {fields: {A: {type: string}}}
                  Error: {fields: {A: {type: string}}}
                """));
    }

    @Test
    void contextualKeywordAsServiceNameCompiles() throws IOException {
        compiles(spec("record", "", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "int", "enum", "goto", "const", "true"})
    void keywordAsServiceNameIsALocatedProblem(String keyword) throws IOException {
        assertProblems(spec(keyword, "", ""), "spec.yaml:3:9: error: service name '" + keyword
                + "' is a Java keyword, which cannot be part of the generated package name '" + keyword + ".v...'");
    }

    @Test
    void typeNamedRecordIsALocatedProblem() throws IOException {
        assertProblems(spec("thing", "", "types:\n  record: {fields: {A: {type: string}}}\n"),
                "spec.yaml:13:3: error: type name 'record' would hide a Java type the generated code uses;"
                        + " rename it (e.g. 'recordInfo')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"String", "Object", "Override", "Builder", "Optional", "List"})
    void typeNamesTheGeneratedCodeUsesAreLocatedProblems(String name) throws IOException {
        assertProblems(spec("thing", "", "types:\n  " + name + ": {fields: {A: {type: string}}}\n"),
                "spec.yaml:13:3: error: type name '" + name + "' would hide a Java type the generated code uses;"
                        + " rename it (e.g. '" + name + "Info')");
    }

    @Test
    void typeNamedLikeAGeneratedClassIsALocatedProblem() throws IOException {
        assertProblems(spec("thing", "", "types:\n  ThingClient: {fields: {A: {type: string}}}\n"),
                "spec.yaml:13:3: error: type 'ThingClient' needs the Java class name 'ThingClient', which the"
                        + " generated ThingClient (ThingClient) already has; rename one of them");
        assertProblems(spec("thing", "", "types:\n  GetThingRequest: {fields: {A: {type: string}}}\n"),
                "spec.yaml:7:3: error: the request of action 'GetThing' needs the Java class name 'GetThingRequest',"
                        + " which type 'GetThingRequest' (GetThingRequest) already has; rename one of them");
    }

    @Test
    void actionNamedCloseIsALocatedProblem() throws IOException {
        assertProblems(spec("thing", "", "  Close:\n    description: c\n    regionRequired: false\n"),
                "spec.yaml:12:3: error: action 'Close' needs the Java client method name 'close', which the"
                        + " client's close() (close) already has; rename one of them");
    }

    @Test
    void anErrorCodeThatBecomesUnknownIsALocatedProblem() throws IOException {
        assertProblems(spec("thing", "", "errors:\n  Unknown: u\n  Values: v\n  Code: c\n"),
                "spec.yaml:13:3: error: error code 'Unknown' would become the constant UNKNOWN, which stands for"
                        + " codes a spec does not list; rename it, or give it a 'constant' of its own");
    }

    @Test
    void errorCodesNamedLikeTheEnumsMethodsCompile() throws IOException {
        compiles(spec("thing", "", "errors:\n  Values: v\n  ValueOf: o\n  Code: c\n  Description: d\n  FromCode: f\n"
                + "  ByCode: b\n  Index: i\n"));
    }

    @Test
    void namesThatCollideAfterCaseConversionAreLocatedProblems() throws IOException {
        assertProblems(spec("thing", "      RunUUID: {type: string}\n      RunUuid: {type: string}", ""),
                "spec.yaml:12:7: error: field 'RunUuid' needs the Java member name 'runUuid', which field 'RunUUID'"
                        + " (runUuid) already has; rename one of them");
        assertProblems(spec("thing", "", "types:\n  Foo: {fields: {A: {type: string}}}\n  foo: {fields: {A: {type: string}}}\n"),
                "spec.yaml:14:3: error: type 'foo' needs the Java class name 'Foo', which type 'Foo' (Foo) already has;"
                        + " rename one of them");
    }

    @Test
    void nonAsciiNamesAreLocatedProblems() throws IOException {
        assertProblems(spec("thing", "      Größe: {type: string}", ""),
                "spec.yaml:11:7: error: field name 'Größe' of the request of action 'GetThing' is not a valid wire"
                        + " name (a letter, then letters, digits or '_')");
        assertProblems(spec("thing", "", "types:\n  名字: {fields: {A: {type: string}}}\n"),
                "spec.yaml:13:3: error: type name '名字' must start with a letter and hold only letters, digits and '_'");
    }

    @Test
    void typeNamesThatArePathsAreLocatedProblems() throws IOException {
        assertProblems(spec("thing", "", "types:\n  ../Evil: {fields: {A: {type: string}}}\n  a/b: {}\n  ..: {}\n"),
                "spec.yaml:13:3: error: type name '../Evil' must start with a letter and hold only letters, digits and '_'",
                "spec.yaml:14:3: error: type name 'a/b' must start with a letter and hold only letters, digits and '_'",
                "spec.yaml:15:3: error: type name '..' must start with a letter and hold only letters, digits and '_'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../x", "a/b", "a..b", "/tmp/x", "record", "a.var.b", "größe", "java", "java.x"})
    void aBasePackageThatIsNoJavaPackageIsAUsageErrorAndWritesNothing(String basePackage) {
        Path output = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "generate", "--spec", OMICS, "--output", output.toString(), "--base-package", basePackage);
        assertEquals(2, exit);
        assertEquals("tcgen: --base-package '" + basePackage + "' is not a valid Java package name (e.g. com.example.tencent)",
                err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertFalse(Files.exists(output));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void everyGeneratedFileLandsInsideTheOutputDirectory() throws IOException {
        Path output = dir.resolve("out");
        int exit = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "generate", "--spec", OMICS, "--output", output.toString(), "--base-package", "Record_.var_.Größe_");
        assertEquals(2, exit); // non-ASCII base package refused
        exit = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "generate", "--spec", OMICS, "--output", output.toString(), "--base-package", "A.B_.c1");
        assertEquals(0, exit);
        List<Path> written = list(dir);
        assertFalse(written.isEmpty());
        assertTrue(written.stream().allMatch(p -> p.startsWith(output)), written.toString());
        assertTrue(Files.isRegularFile(output.resolve("A/B_/c1/omics/v20221128/GetRunCallsRequest.java")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil/X.java", "a/../../evil/X.java", "/tmp/tcgen-evil/X.java", ".", ""})
    void sourceWriterRefusesPathsOutsideTheOutputDirectory(String path) throws IOException {
        Path output = dir.resolve("out");
        SortedMap<String, String> sources = new TreeMap<>();
        sources.put(path, "class X {}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SourceWriter().write(output, sources));
        assertEquals("refusing to write outside the output directory: " + path, e.getMessage());
        assertTrue(list(dir).stream().allMatch(p -> p.startsWith(output)), list(dir).toString());
        assertFalse(Files.exists(Path.of("/tmp/tcgen-evil/X.java")));
    }

    /** Loads {@code text}; it must be valid and compile without warnings. The sources by relative path. */
    private SortedMap<String, String> compiles(String text) throws IOException {
        Generator.Loaded loaded = load(text);
        assertEquals(List.of(), lines(loaded));
        SortedMap<String, String> sources = new Generator().render(loaded.model().orElseThrow(), "p");
        List<JavaFileObject> files = new ArrayList<>();
        sources.forEach((path, source) -> files.add(JavaFileObjects.forSourceString(
                path.substring(0, path.length() - ".java".length()).replace('/', '.'), source)));
        Compilation compilation = com.google.testing.compile.Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(files);
        assertThat(compilation).succeededWithoutWarnings();
        return sources;
    }

    private void assertProblems(String text, String... expected) throws IOException {
        Generator.Loaded loaded = load(text);
        assertTrue(loaded.model().isEmpty());
        assertEquals(List.of(expected), lines(loaded));
    }

    private Generator.Loaded load(String text) throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, text, StandardCharsets.UTF_8);
        return new Generator().load(List.of(spec));
    }

    private List<String> lines(Generator.Loaded loaded) {
        String prefix = dir + java.io.File.separator;
        return loaded.diagnostics().problems().stream().map(Problem::toString).map(l -> l.replace(prefix, "")).toList();
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
