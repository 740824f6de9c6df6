package dev.tcgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code mvn tcgen:help -Ddetail} prints about the parameters, read from the help goal the build generates
 * and from the descriptor Maven reads: property expressions as a user must write them, and no parameter both
 * required and defaulted.
 */
class HelpGoalTest {

    private static final String DESCRIPTOR = "META-INF/maven/plugin.xml";

    @Test
    void theHelpGoalPrintsTheSandboxDirectoryAsAUserWritesIt() throws Exception {
        String help = help();
        assertTrue(help.contains("${project.build.directory}/generated-test-sources/tcgen"), help);
        assertFalse(help.contains("${project.build.directory/"), help);
    }

    @Test
    void basePackageIsOptionalWithItsDefault() throws Exception {
        String help = help();
        String basePackage = help.substring(help.indexOf("basePackage (Default: dev.tcgen.client)"));
        String section = basePackage.substring(0, basePackage.indexOf("\n    ", basePackage.indexOf('\n') + 1) + 1);
        assertFalse(section.contains("Required"), section);

        Element parameter = parameter("generate", "basePackage");
        assertEquals("false", text(parameter, "required"));
        assertEquals("dev.tcgen.client", configurationDefault("generate", "basePackage"));
    }

    @Test
    void everyPropertyExpressionInTheDescriptorIsWellFormed() throws Exception {
        Document descriptor = descriptor();
        NodeList descriptions = descriptor.getElementsByTagName("description");
        Pattern expression = Pattern.compile("\\$\\{([^}]*)}?");
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < descriptions.getLength(); i++) {
            Matcher m = expression.matcher(descriptions.item(i).getTextContent());
            while (m.find()) {
                if (!m.group().endsWith("}") || !m.group(1).matches("[A-Za-z][A-Za-z0-9_.]*")) {
                    bad.add(m.group());
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    /** The help goal's output for {@code -Ddetail -Dgoal=generate}, as the user's console shows it. */
    private static String help() throws Exception {
        AbstractMojo mojo = (AbstractMojo) Class.forName("dev.tcgen.tcgen_maven_plugin.HelpMojo").getDeclaredConstructor().newInstance();
        set(mojo, "detail", true);
        set(mojo, "goal", "generate");
        set(mojo, "lineLength", 200);
        set(mojo, "indentSize", 2);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        return String.join("\n", log.lines).replace("INFO ", "");
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static Document descriptor() throws Exception {
        try (InputStream in = HelpGoalTest.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            assertTrue(in != null, DESCRIPTOR + " is missing: the build writes it at compile");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Element mojo(String goal) throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    private static Element parameter(String goal, String name) throws Exception {
        NodeList parameters = mojo(goal).getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (name.equals(text(parameter, "name"))) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " of goal " + goal);
    }

    private static String configurationDefault(String goal, String name) throws Exception {
        Element configuration = (Element) mojo(goal).getElementsByTagName("configuration").item(0);
        return ((Element) configuration.getElementsByTagName(name).item(0)).getAttribute("default-value");
    }

    private static String text(Element parent, String child) {
        NodeList children = parent.getElementsByTagName(child);
        return children.getLength() == 0 ? null : children.item(0).getTextContent();
    }
}
