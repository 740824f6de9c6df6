package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.tencent.ImportResult;
import dev.tcgen.generator.tencent.TencentImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in ({@code -Dtcgen.corpus=/path/to/shared/corpus}): the user-facing problems found on CVM, fixed. CVM's
 * RunInstances and DescribeInstances are imported from the corpus and generated, and a user's code compiles and runs
 * against them: {@code .limit(1)} without {@code 1L}, lists without {@code List.of}, {@code ipv6Addresses()}, and a
 * {@code LoginSettings} whose {@code toString} keeps the password to itself.
 */
class CvmCorpusTest {

    private static final String USAGE = """
            package usage;

            import dev.tcgen.client.cvm.v20170312.DescribeInstancesRequest;
            import dev.tcgen.client.cvm.v20170312.Filter;
            import dev.tcgen.client.cvm.v20170312.Instance;
            import dev.tcgen.client.cvm.v20170312.LoginSettings;
            import java.util.List;

            public final class Usage {
                private Usage() {}

                public static DescribeInstancesRequest request() {
                    return DescribeInstancesRequest.builder()
                            .limit(1)
                            .offset(0)
                            .instanceIds("ins-1", "ins-2")
                            .addFilters(Filter.builder().name("zone").values("ap-guangzhou-3").build())
                            .build();
                }

                public static List<String> ipv6(Instance instance) {
                    return instance.ipv6Addresses();
                }

                public static String login(String password) {
                    return LoginSettings.builder().password(password).keyIds("skey-1").build().toString();
                }
            }
            """;

    @TempDir
    Path temp;

    @Test
    void cvmReadsLikeAHandWrittenSdk() throws Exception {
        String folder = System.getProperty("tcgen.corpus");
        Path cvm = folder == null ? null : Path.of(folder, "tccli", "cvm", "v20170312");
        if (cvm == null || !Files.isRegularFile(cvm.resolve("api.json"))) {
            System.out.println("CvmCorpusTest: SKIPPED, no corpus (set -Dtcgen.corpus to the folder holding tccli/)");
            Assumptions.abort("no corpus: set -Dtcgen.corpus to the folder holding tccli/");
        }
        ObjectMapper json = new ObjectMapper();
        ImportResult imported = new TencentImporter().importSpec(new TencentImporter.Sources(
                json.readTree(cvm.resolve("api.json").toFile()), json.missingNode(), json.missingNode()),
                List.of("RunInstances", "DescribeInstances"));
        assertTrue(imported.yaml().contains("      Password:\n        type: string\n        sensitive: true\n"), "LoginSettings.Password");
        Model model = Fixtures.load(imported.yaml(), temp, "cvm.yaml");
        SortedMap<String, String> sources = new Generator().render(model, GoldenCasesTest.BASE_PACKAGE);
        sources.put("usage/Usage.java", USAGE);
        Class<?> usage = CompiledSources.compile(sources).loadClass("usage.Usage");

        Object request = usage.getMethod("request").invoke(null);
        assertEquals(1L, request.getClass().getMethod("limit").invoke(request));
        assertEquals(List.of("ins-1", "ins-2"), request.getClass().getMethod("instanceIds").invoke(request));
        String login = (String) usage.getMethod("login", String.class).invoke(null, "Hunter2!");
        assertFalse(login.contains("Hunter2!"), login);
        assertTrue(login.contains("password=***"), login);
    }
}
