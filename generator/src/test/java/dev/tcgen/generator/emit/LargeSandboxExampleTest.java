package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.InMemoryCompiler;
import dev.tcgen.generator.model.Model;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox whose examples are far over what one class-file string constant holds (65,535 bytes of modified UTF-8;
 * Chinese text takes 3 bytes a character) compiles without a warning, and a client gets the example back whole
 * from it, request matched and response byte for byte.
 */
class LargeSandboxExampleTest {

    /** 40,000 characters of Chinese text, 120,000 bytes: about two constants' worth; and a character outside the BMP. */
    private static final String TEXT = "腾讯云应用程序接口示例文本😀".repeat(2_850);

    /** About 75,000 bytes in the request, so that the sandbox must match a long parameter too. */
    private static final String QUERY = "查询条件".repeat(6_250);

    @Test
    void examplesOverOneConstantCompileAndAreAnsweredWhole(@TempDir Path temp) throws Exception {
        assertTrue(StringLiteral.modifiedUtf8Length(TEXT, 0, TEXT.length()) > 2 * StringLiteral.CONSTANT_LIMIT - 20_000);
        Model model = Fixtures.load(spec(), temp, "demo.yaml");
        SortedMap<String, String> sources = new Generator().render(model, "dev.tcgen.client", EmitOptions.defaults().withSandbox(true));
        String sandbox = sources.get("dev/tcgen/client/demo/v20200101/DemoSandbox.java");
        assertTrue(sandbox.contains("String.join(\"\","), "the long examples are joined from chunks");

        Path classes = temp.resolve("classes");
        assertEquals(List.of(), new InMemoryCompiler(InMemoryCompiler.testClassPath()).compile(sources, classes));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            String pkg = "dev.tcgen.client.demo.v20200101.";
            Class<?> sandboxClass = loader.loadClass(pkg + "DemoSandbox");
            Class<?> requestClass = loader.loadClass(pkg + "GetTextRequest");
            Object builder = requestClass.getMethod("builder").invoke(null);
            builder = builder.getClass().getMethod("query", String.class).invoke(builder, QUERY);
            Object request = builder.getClass().getMethod("build").invoke(builder);
            try (AutoCloseable running = (AutoCloseable) sandboxClass.getMethod("start").invoke(null)) {
                Object clientBuilder = sandboxClass.getMethod("clientBuilder").invoke(running);
                try (AutoCloseable client = (AutoCloseable) clientBuilder.getClass().getMethod("build").invoke(clientBuilder)) {
                    Method getText = client.getClass().getMethod("getText", requestClass);
                    Object response = getText.invoke(client, request);
                    String text = (String) response.getClass().getMethod("text").invoke(response);
                    assertEquals(TEXT.length(), text.length());
                    assertEquals(TEXT, text);
                }
            }
        }
    }

    private static String spec() {
        List<String> lines = new ArrayList<>(List.of(
                "tcgen: 1",
                "service:",
                "  name: demo",
                "  version: \"2020-01-01\"",
                "  host: demo.tencentcloudapi.com",
                "actions:",
                "  GetText:",
                "    description: Returns a long text.",
                "    regionRequired: false",
                "    request:",
                "      Query:",
                "        type: string",
                "        description: What to look for.",
                "    response:",
                "      Text:",
                "        type: string",
                "        description: The text.",
                "    examples:",
                "      - title: A long text",
                "        request: |",
                "          {\"Query\": \"" + QUERY + "\"}",
                "        response: |",
                "          {",
                "            \"Response\": {",
                "              \"Text\": \"" + TEXT + "\",",
                "              \"RequestId\": \"r-long\"",
                "            }",
                "          }"));
        return String.join("\n", lines) + "\n";
    }
}
