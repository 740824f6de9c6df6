package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Doclint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tencent's Markdown-and-HTML descriptions to Javadoc HTML: what is kept, what is mended, what is shown as text. */
class JavadocTest {

    @Test
    void listItemsWithoutAListGetOneAndTheTextAfterThemAParagraph() {
        assertEquals("""
                自动续费标识。取值范围：
                <ul>
                <li>NOTIFY_AND_AUTO_RENEW：通知过期且自动续费</li>
                <li>DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费</li>
                </ul>
                <p>默认取值：NOTIFY_AND_AUTO_RENEW。</p>""",
                Javadoc.text("自动续费标识。取值范围：<li>NOTIFY_AND_AUTO_RENEW：通知过期且自动续费</li>"
                        + "<li>DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费</li><br>默认取值：NOTIFY_AND_AUTO_RENEW。"));
    }

    @Test
    void markdownInsideHtmlItemsIsReadToo() {
        assertEquals("""
                可以通过以下方式获取可用的实例ID：
                <ul>
                <li>通过登录<a href="https://console.cloud.tencent.com/cvm/index">控制台</a>查询实例ID。</li>
                <li>取返回信息中的<code>InstanceId</code>获取实例ID。</li>
                </ul>""",
                Javadoc.text("可以通过以下方式获取可用的实例ID：\n<li>通过登录[控制台](https://console.cloud.tencent.com/cvm/index)查询实例ID。</li>\n"
                        + "<li>取返回信息中的`InstanceId`获取实例ID。</li>"));
    }

    @Test
    void markdownListsLinksCodeAndEmphasis() {
        assertEquals("""
                用于创建实例。
                <ul>
                <li>状态变为<a href="https://cloud.tencent.com/document/product/213/15753#InstanceStatus">运行中</a>。</li>
                <li>返回 <code>RequestId</code>，<strong>注意</strong> <em>异步</em>。</li>
                </ul>""",
                Javadoc.text("用于创建实例。\n \n* 状态变为[运行中](https://cloud.tencent.com/document/product/213/15753#InstanceStatus)。\n"
                        + "* 返回 `RequestId`，**注意** *异步*。"));
    }

    @Test
    void htmlParagraphsAndStrayBreaks() {
        assertEquals("""
                CHC的状态
                <ul>
                <li>INIT: 设备已录入</li>
                <li>READY: 已配置</li>
                </ul>""",
                Javadoc.text("<p>CHC的状态<br></p><ul><li>INIT: 设备已录入</li><li>READY: 已配置</li></ul>"));
        assertEquals("a<br>\nb\n<p>c</p>", Javadoc.text("<br>a<br><br>b<br><p>c</p><p></p><br>"));
    }

    @Test
    void whatJavacOrJavadocWouldReadIsEscaped() {
        String text = Javadoc.text("Ends */ here; @param x {@code y} and \\u000a; a@b.c");
        assertEquals("Ends &#42;/ here; &#64;param x {&#64;code y} and &#92;u000a; a&#64;b.c", text);
        assertEquals("<pre>\ncode &#42;/ &#64;x {&#64;link Y}\n  indented &lt;b&gt;\n</pre>",
                Javadoc.text("```\ncode */ @x {@link Y}\n  indented <b>\n```"));
    }

    @Test
    void unsafeHtmlIsShownAsTextAndUnsafeLinksLoseTheirTarget() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; js md &lt;img src=x onerror=alert(3)&gt; "
                        + "<a href=\"https://cloud.tencent.com/?a=1&amp;b=2\">ok</a>",
                Javadoc.text("<script>alert(1)</script> <a href=\"javascript:alert(1)\">js</a> [md](javascript:alert(2)) "
                        + "<img src=x onerror=alert(3)> <a href='https://cloud.tencent.com/?a=1&amp;b=2'>ok</a>"));
        // Targets javac or doclint would trip on: a quote, a backslash, an at sign, a comment end, no host.
        for (String url : List.of("https://a.com/\"x", "https://a.com/\\u0041", "https://a@b.com/", "https://a.com/*/",
                "https:///path", "ftp://a.com/", "//a.com/")) {
            assertEquals("t", Javadoc.text("[t](<" + url + ">)"), url);
        }
    }

    @Test
    void headingsBecomeBoldParagraphsAndTencentsOwnTagsGo() {
        assertEquals("<strong>注意事项</strong>\n<p>说明</p>", Javadoc.text("## 注意事项\n\n说明"));
        assertEquals("查询\n<p>您必须指定参数。</p>\n<p>后文</p>",
                Javadoc.text("查询<dx-alert infotype=\"explain\" title=\"\">您必须指定参数。</dx-alert>后文"));
    }

    @Test
    void badlyNestedHtmlIsMended() {
        assertEquals("<strong>bold <em>both</em></strong> after", Javadoc.text("<b>bold <i>both</b> after</i>"));
        assertEquals("<em>outer inner</em>", Javadoc.text("<em>outer <em>inner</em></em>"));
        assertEquals("<strong>open</strong>", Javadoc.text("<b>open"));
        assertEquals("text", Javadoc.text("</li></ul></b>text</a>"));
        assertEquals("<a href=\"https://a.com/\">a b</a>", Javadoc.text("<a href=\"https://a.com/\">a <a href=\"https://b.com/\">b</a></a>"));
    }

    @Test
    void nonAsciiStaysAndLineEndsAreUnix() {
        assertEquals("多语言描述 — 中文\n<p>第二段</p>", Javadoc.text("多语言描述 — 中文\r\n\r\n第二段\r"));
        assertEquals("", Javadoc.text(null));
        assertEquals("", Javadoc.text(" \n "));
    }

    @Test
    void paragraphsWrapTheFirstParagraphToo() {
        assertEquals("<p>one</p>\n<p>two</p>", Javadoc.paragraphs("one\n\ntwo"));
        assertEquals("<ul>\n<li>a</li>\n</ul>", Javadoc.paragraphs("<li>a</li>"));
    }

    @Test
    void tagTextIsOneLineWithAFallback() {
        assertEquals("a <ul> <li>b</li> </ul>", Javadoc.oneLine("a<li>b</li>", "x"));
        assertEquals("x", Javadoc.oneLine("<p></p>", "x"));
    }

    /** Text that skips the parser reads as the parser would read it, alone and between tags. */
    @Test
    void plainTextSkipsTheParserWithTheSameResult() {
        assertTrue(MarkdownDoc.plain("NOTIFY_AND_AUTO_RENEW：通知过期且自动续费"));
        for (String markdown : List.of("a *b*", "_a_", "a_", "：_强调_", "`x`", "[a](b)", "a &amp; b", "1. one", "- one",
                "# h", "> q", "a<b", "a\\b", "a\nb", "~~s~~", "![i](x)")) {
            assertFalse(MarkdownDoc.plain(markdown), markdown);
        }
        String alphabet = "ab_AB09 中文：，。()/.:;'\"-+=#%$^{}|?@";
        Random random = new Random(20260103);
        int plain = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            if (MarkdownDoc.plain(input.strip())) {
                plain++;
                assertEquals(MarkdownDoc.toJavadoc(input, true, false), Javadoc.text(input), input);
                String tagged = "<li>" + input + "</li><b>" + input + "</b>";
                assertEquals(MarkdownDoc.toJavadoc(tagged, true, false), Javadoc.text(tagged), tagged);
            }
        }
        assertTrue(plain > 1000, "only " + plain + " plain texts");
    }

    private static final Set<String> ALLOWED = Set.of("p", "ul", "ol", "li", "pre", "code", "em", "strong", "a", "br");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    /** Random mixes of Tencent's pieces: whatever the input, the output holds allowed tags only, balanced. */
    @Test
    void anyMixGivesBalancedSafeHtml() {
        Random random = new Random(20260101);
        for (int round = 0; round < 5000; round++) {
            String input = randomMix(random);
            String html = Javadoc.text(input);
            assertFalse(html.contains("*/"), () -> input + " → " + html);
            assertFalse(html.lines().anyMatch(l -> l.strip().startsWith("@")), () -> input + " → " + html);
            assertFalse(html.contains("{@") || html.contains("\\") || html.contains("\r"), () -> input + " → " + html);
            assertBalanced(input, html);
        }
    }

    /** The same mixes as a class's, its methods' and their parameters' Javadoc: javadoc -Xdoclint:all says nothing. */
    @Test
    void anyMixIsDoclintClean(@TempDir Path temp) throws Exception {
        Random random = new Random(20260102);
        StringBuilder source = new StringBuilder("package p;\n\n/**\n * " + Javadoc.text(randomMix(random)).replace("\n", "\n * ")
                + "\n */\npublic final class Mixes {\n    private Mixes() {}\n");
        for (int method = 0; method < 400; method++) {
            String first = Javadoc.text(randomMix(random));
            String rest = Javadoc.paragraphs(randomMix(random));
            source.append("\n    /**\n     * Summary ").append(method).append(": ").append(first.replace("\n", "\n     * "))
                    .append("\n     * ").append(rest.replace("\n", "\n     * "))
                    .append("\n     *\n     * @param x ").append(Javadoc.oneLine(randomMix(random), "x"))
                    .append("\n     * @return ").append(Javadoc.oneLine(randomMix(random), "y"))
                    .append("\n     */\n    public static int m").append(method).append("(int x) {\n        return x;\n    }\n");
        }
        source.append("}\n");
        List<String> messages = Doclint.messages(new TreeMap<>(Map.of("p/Mixes.java", source.toString())), temp);
        assertEquals(List.of(), messages, source::toString);
    }

    /** Opt-in ({@code -Dtcgen.corpus=DIR}): every description of every service version in the corpus. */
    @Test
    void everyCorpusDescriptionGivesBalancedSafeHtml() throws Exception {
        String corpus = System.getProperty("tcgen.corpus");
        Assumptions.assumeTrue(corpus != null && !corpus.isBlank(),
                "the Tencent corpus is absent: run with -Dtcgen.corpus=DIR (the folder holding tccli/) to check its descriptions");
        List<Path> apis;
        try (Stream<Path> files = Files.find(Path.of(corpus).resolve("tccli"), 3,
                (path, attributes) -> path.getFileName().toString().equals("api.json"))) {
            apis = files.sorted().toList();
        }
        assertTrue(apis.size() > 100, "the corpus at " + corpus + " has " + apis.size() + " api.json files");
        ObjectMapper json = new ObjectMapper();
        int texts = 0;
        for (Path api : apis) {
            for (JsonNode document : json.readTree(api.toFile()).findValues("document")) {
                String input = document.asText();
                String html = Javadoc.text(input);
                assertFalse(html.contains("*/") || html.contains("{@") || html.contains("\\"), () -> api + ": " + html);
                assertFalse(html.lines().anyMatch(l -> l.strip().startsWith("@")), () -> api + ": " + html);
                assertBalanced(api + ": " + input, html);
                texts++;
            }
        }
        System.out.println("JavadocTest: " + texts + " descriptions of " + apis.size() + " service versions are safe and balanced");
    }

    private static String randomMix(Random random) {
        StringBuilder raw = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            raw.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return raw.toString();
    }

    private static final List<String> PIECES = List.of("<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>", "<p>", "</p>", "<br>", "<b>",
                "</b>", "<strong>", "</strong>", "<i>", "</i>", "<code>", "</code>", "<a href=\"https://a.com/x\">", "</a>",
                "<a href=\"javascript:x\">", "<pre>", "</pre>", "<h2>", "</h2>", "<dx-alert>", "</dx-alert>", "<script>",
                "<div>", "</div>", "<table><tr><td>", "</td></tr></table>", "\n", "\n\n", "* ", "1. ", "# ", "`", "**", "*",
                "*/", "/*", "@", "{@code", "}", "\\u000a", "[t](https://b.com/)", "&amp;", "&nbsp;", "&", "<", ">", "文字",
                "text ", "    ", "```\n", "<!-- c -->", "\r\n");

    private static void assertBalanced(String input, String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher matcher = TAG.matcher(html);
        while (matcher.find()) {
            String name = matcher.group(2);
            assertTrue(ALLOWED.contains(name), () -> "tag " + name + " in " + input + " → " + html);
            if (name.equals("br")) {
                continue;
            }
            if (matcher.group(1).isEmpty()) {
                assertFalse(open.contains(name) && !name.equals("ul") && !name.equals("ol") && !name.equals("li"),
                        () -> "nested " + name + " in " + input + " → " + html);
                if (name.equals("li")) {
                    assertTrue(!open.isEmpty() && (open.peek().equals("ul") || open.peek().equals("ol")),
                            () -> "li outside a list in " + input + " → " + html);
                }
                open.push(name);
            } else {
                assertEquals(open.isEmpty() ? "nothing" : open.peek(), name, () -> "unbalanced in " + input + " → " + html);
                open.pop();
            }
        }
        assertTrue(open.isEmpty(), () -> "left open " + open + " in " + input + " → " + html);
    }
}
