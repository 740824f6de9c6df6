package dev.tcgen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.spec.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client methods of actions whose names meet tcgen's own {@code Async} suffix. */
class ActionMethodNamesTest {

    @TempDir
    Path dir;

    private static String spec(String... actions) {
        StringBuilder spec = new StringBuilder("""
                tcgen: 1
                service:
                  name: demo
                  version: "2020-01-01"
                  host: demo.tencentcloudapi.com
                actions:
                """);
        for (String action : actions) {
            spec.append("  ").append(action).append(":\n")
                    .append("    description: Does ").append(action).append(".\n")
                    .append("    regionRequired: false\n")
                    .append("    request:\n")
                    .append("      Id: {type: string}\n");
        }
        return spec.toString();
    }

    @Test
    void anActionAndItsAsyncNamesakeBothGetMethodsAndTheBindingsCompile() {
        for (List<String> order : List.of(List.of("Foo", "FooAsync"), List.of("FooAsync", "Foo"))) {
            Model model = Fixtures.load(spec(order.toArray(String[]::new)), dir, "demo.yaml");
            Map<String, String> methods = model.services().get(0).actions().stream()
                    .collect(Collectors.toMap(Action::name, a -> a.methodName() + " " + a.asyncMethodName()));
            // The action the service named keeps its name; tcgen's derived async method of Foo yields, in either order.
            assertEquals(Map.of("Foo", "foo fooAsync_", "FooAsync", "fooAsync fooAsyncAsync"), methods, order::toString);
            Fixtures.assertCompilesWithoutWarnings(model);
        }
    }

    @Test
    void aChainOfAsyncNamesakesIsResolvedTheSameWay() {
        Model model = Fixtures.load(spec("FooAsyncAsync", "Foo", "FooAsync"), dir, "demo.yaml");
        assertEquals(List.of("fooAsyncAsync fooAsyncAsyncAsync", "foo fooAsync_", "fooAsync fooAsyncAsync_"),
                model.services().get(0).actions().stream().map(a -> a.methodName() + " " + a.asyncMethodName()).toList());
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    @Test
    void withoutANamesakeTheAsyncMethodIsUnchanged() {
        Model model = Fixtures.load(spec("GetRunCalls", "Default"), dir, "demo.yaml");
        assertEquals(List.of("getRunCalls getRunCallsAsync", "default_ defaultAsync"),
                model.services().get(0).actions().stream().map(a -> a.methodName() + " " + a.asyncMethodName()).toList());
    }

    @Test
    void twoActionsWithOneMethodNameAreStillAnError() throws Exception {
        Path file = dir.resolve("demo.yaml");
        Files.writeString(file, spec("GetUrl", "Get_Url"));
        List<String> problems = new Generator().load(List.of(file)).diagnostics().problems().stream()
                .map(Problem::toString).toList();
        assertEquals(List.of(
                "demo.yaml:12:3: error: action 'Get_Url' (async) needs the Java client method name 'getUrlAsync', which action"
                        + " 'GetUrl' (async) (getUrlAsync) already has; rename one of them",
                "demo.yaml:12:3: error: action 'Get_Url' needs the Java client method name 'getUrl', which action 'GetUrl' (getUrl)"
                        + " already has; rename one of them"),
                problems.stream().map(p -> p.substring(p.indexOf("demo.yaml"))).toList());
    }

    @Test
    void theRuleLivesInNames() {
        assertEquals("getRunCallsAsync", Names.asyncMethodName("GetRunCalls", Set.of("getRunCalls")));
        assertEquals("defaultAsync", Names.asyncMethodName("Default", Set.of("default_")));
        assertEquals("fooAsync_", Names.asyncMethodName("Foo", Set.of("foo", "fooAsync")));
    }
}
