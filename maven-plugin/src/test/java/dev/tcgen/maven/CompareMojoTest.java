package dev.tcgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The compare goal as a build runs it: what it logs, when it fails, and where it is bound. */
class CompareMojoTest {

    private static final String SPEC = """
            tcgen: 1
            service:
              name: demo
              version: "2024-01-02"
              host: demo.tencentcloudapi.com
              title: Demo
            actions:
              Ping:
                title: Ping
                description: Answers.
                regionRequired: false
                request:
                  Word:
                    type: string
                    description: A word
                  Loud:
                    type: boolean
                    description: Whether to shout
                response:
                  RequestId:
                    type: string
                    description: The request ID
            """;

    private static final String WITHOUT_LOUD = SPEC.replace("""
                  Loud:
                    type: boolean
                    description: Whether to shout
            """, "");

    @TempDir
    Path temp;

    private boolean failOnBreaking = true;
    private boolean skip;
    private final RecordingLog log = new RecordingLog();

    private void compare(Path older, Path newer) throws Exception {
        CompareMojo mojo = new CompareMojo();
        set(mojo, "oldSpec", older.toFile());
        set(mojo, "newSpec", newer.toFile());
        set(mojo, "failOnBreaking", failOnBreaking);
        set(mojo, "skip", skip);
        mojo.setLog(log);
        mojo.execute();
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = CompareMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void isBoundToVerifyWhenAnExecutionNamesNoPhase() throws Exception {
        // The descriptor Maven reads (written by maven-plugin-plugin before the tests run).
        File classes = new File(CompareMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File(classes, "META-INF/maven/plugin.xml"));
        NodeList mojos = plugin.getElementsByTagName("mojo");
        List<String> phases = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            NodeList phase = mojo.getElementsByTagName("phase");
            phases.add(goal + "=" + (phase.getLength() == 0 ? "none" : phase.item(0).getTextContent()));
        }
        assertTrue(phases.contains("compare=verify"), phases::toString);
        assertTrue(phases.contains("generate=generate-sources"), phases::toString);
    }

    @Test
    void aCompatibleChangeIsReportedAndPasses() throws Exception {
        Path older = write("old/demo.yaml", WITHOUT_LOUD);
        Path newer = write("new/demo.yaml", SPEC);

        compare(older, newer);

        assertEquals(List.of(
                "INFO tcgen: compatible Ping.request.Loud: new optional field of type boolean [field-added]",
                "INFO tcgen: 0 breaking, 1 compatible change(s) from " + older + " to " + newer), log.lines);
    }

    @Test
    void aBreakingChangeFailsTheBuildUnlessToldOnlyToReportIt() throws Exception {
        Path older = write("old/demo.yaml", SPEC);
        Path newer = write("new/demo.yaml", WITHOUT_LOUD);

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> compare(older, newer));

        assertEquals("tcgen: 1 breaking, 0 compatible change(s) from " + older + " to " + newer
                + " (set failOnBreaking to false to only report them)", failure.getMessage());
        assertEquals(List.of("WARN tcgen: breaking Ping.request.Loud: field removed (loud() is gone) [field-removed]"), log.lines);

        log.lines.clear();
        failOnBreaking = false;
        compare(older, newer);
        assertEquals(List.of("WARN tcgen: breaking Ping.request.Loud: field removed (loud() is gone) [field-removed]",
                "INFO tcgen: 1 breaking, 0 compatible change(s) from " + older + " to " + newer), log.lines);
    }

    @Test
    void directoriesWithSeveralVersionsAreComparedVersionByVersion() throws Exception {
        // Both hold 2023-06-01 and 2024-01-02; only 2024-01-02 lost a field. Paired by name alone, the
        // old 2024-01-02 was compared with the new 2023-06-01 and the removal went unseen.
        String older2023 = SPEC.replace("2024-01-02", "2023-06-01");
        write("old/demo-2023-06-01.yaml", older2023);
        write("old/demo-2024-01-02.yaml", SPEC);
        write("new/demo-2023-06-01.yaml", older2023);
        write("new/demo-2024-01-02.yaml", WITHOUT_LOUD);

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> compare(temp.resolve("old"), temp.resolve("new")));

        assertTrue(failure.getMessage().startsWith("tcgen: 1 breaking, 0 compatible change(s)"), failure.getMessage());
        assertEquals(List.of("WARN tcgen: breaking demo@2024-01-02:Ping.request.Loud: field removed (loud() is gone) [field-removed]"),
                log.lines);
    }

    @Test
    void anInvalidSpecIsReportedAsLocatedProblemsNotAStackTrace() throws Exception {
        Path older = write("old/demo.yaml", SPEC);
        Path newer = write("new/demo.yaml", SPEC.replace("regionRequired:", "regionRequird:"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> compare(older, newer));

        assertTrue(failure.getMessage().matches("tcgen: \\d+ error\\(s\\) in .*new.demo\\.yaml; cannot compare"), failure.getMessage());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("ERROR " + newer + ":11:5: error: ") && l.contains("regionRequird")),
                log.lines::toString);
        assertTrue(log.lines.stream().allMatch(l -> l.startsWith("ERROR " + newer + ":")), log.lines::toString);
    }

    @Test
    void skipIsItsOwnSwitch() throws Exception {
        skip = true;

        compare(temp.resolve("missing-old"), temp.resolve("missing-new"));

        assertEquals(List.of("INFO tcgen: compare skipped (tcgen.compare.skip)"), log.lines);
    }
}
