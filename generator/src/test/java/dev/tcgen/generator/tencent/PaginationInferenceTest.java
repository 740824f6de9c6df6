package dev.tcgen.generator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Pagination;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's inference of {@code pagination}, on both omics revisions, on made-up actions and (opt-in) the corpus. */
class PaginationInferenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static Map<String, String> paginated(Model model) {
        Map<String, String> paged = new TreeMap<>();
        for (Action action : model.services().get(0).actions()) {
            Pagination p = action.pagination();
            if (p != null) {
                paged.put(action.name(), p.kind() + " " + p.position().wireName() + " " + p.size().wireName() + " "
                        + p.total().wireName() + " " + p.items().wireName());
            }
        }
        return paged;
    }

    @Test
    void theEnglishRevisionPagesItsSixListsByOffset() throws Exception {
        ImportResult result = Fixtures.importOmics("en");
        Model model = Fixtures.load(result.yaml(), temp, "en.yaml");
        assertEquals(Map.of(
                "DescribeEnvironments", "OFFSET Offset Limit TotalCount Environments",
                "DescribeRunGroups", "OFFSET Offset Limit TotalCount RunGroups",
                "DescribeRuns", "OFFSET Offset Limit TotalCount Runs",
                "DescribeTables", "OFFSET Offset Limit TotalCount Tables",
                "DescribeTablesRows", "OFFSET Offset Limit TotalCount Rows",
                "DescribeVolumes", "OFFSET Offset Limit TotalCount Volumes"), paginated(model));
        assertTrue(result.noteLines().contains("pagination inferred: offset and limit; check it (6): DescribeEnvironments"
                + " (Offset, Limit, TotalCount, Environments), DescribeRunGroups (Offset, Limit, TotalCount, RunGroups),"
                + " DescribeRuns (Offset, Limit, TotalCount, Runs), DescribeTables (Offset, Limit, TotalCount, Tables),"
                + " DescribeTablesRows (Offset, Limit, TotalCount, Rows), DescribeVolumes (Offset, Limit, TotalCount, Volumes)"),
                result.noteLines()::toString);
        assertTrue(result.yaml().contains("""
                    pagination:
                      offset: Offset
                      limit: Limit
                      total: TotalCount
                      items: Runs
                """), "written after the response fields");
    }

    @Test
    void theTccliRevisionPagesThirteenListsAndItsPaginatorsCompile() throws Exception {
        Model model = Fixtures.load(Fixtures.importOmics("tccli").yaml(), temp, "tccli.yaml");
        Map<String, String> paged = paginated(model);
        assertEquals(13, paged.size(), paged::toString);
        assertEquals("OFFSET Offset Limit TotalCount Clusters", paged.get("DescribeHPCClusters"));
        assertEquals("OFFSET Offset Limit TotalCount ApplicationVersions", paged.get("DescribeApplicationVersions"));
        Fixtures.assertCompilesWithoutWarnings(model);
    }

    private ImportResult importActions(String requestMembers, String responseMembers) throws Exception {
        JsonNode api = JSON.readTree("""
                {"metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo"},
                 "actions": {"ListThings": {"document": "Lists.", "input": "ListThingsRequest", "output": "ListThingsResponse"}},
                 "objects": {
                   "ListThingsRequest": {"members": [%s]},
                   "ListThingsResponse": {"members": [%s, {"name": "RequestId", "type": "string", "member": "string"}]}
                 }}""".formatted(requestMembers, responseMembers));
        return new TencentImporter().importSpec(new TencentImporter.Sources(api, JSON.missingNode(), JSON.missingNode()), List.of());
    }

    private static String member(String name, String type, String member, String document) {
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"member\": \"" + member + "\", \"document\": \""
                + document + "\"}";
    }

    @Test
    void pageNumbersCountFromZeroOnlyWhenTheDescriptionSaysSo() throws Exception {
        String response = member("Total", "int", "int64", "Total.") + ", " + member("Things", "list", "string", "Things.");
        ImportResult fromOne = importActions(member("PageNumber", "int", "int64", "页码，从1开始") + ", "
                + member("PageSize", "int", "int64", "Size."), response);
        SpecDocument.Pagination one = fromOne.document().actions().get(0).pagination();
        assertEquals(new SpecDocument.Pagination("page", "PageNumber", "PageSize", null, "Total", "Things", null), one);
        assertTrue(fromOne.noteLines().contains("pagination inferred: page number and size, from page 1; check it (1):"
                + " ListThings (PageNumber, PageSize, Total, Things)"), fromOne.noteLines()::toString);

        ImportResult fromZero = importActions(member("PageIndex", "int", "int64", "页码，从0开始") + ", "
                + member("PageSize", "int", "int64", "Size."), response);
        assertEquals(0L, fromZero.document().actions().get(0).pagination().firstPage());
        Pagination model = Fixtures.load(fromZero.yaml(), temp, "zero.yaml").services().get(0).actions().get(0).pagination();
        assertEquals(0, model.firstPage(), "the spec says firstPage: 0");
    }

    @Test
    void tokensPairWithTheirNextSpelling() throws Exception {
        ImportResult result = importActions(member("Marker", "string", "string", "Marker.") + ", "
                + member("MaxResults", "int", "int64", "Max."),
                member("NextMarker", "string", "string", "Next.") + ", " + member("Things", "list", "string", "Things."));
        assertEquals(new SpecDocument.Pagination("token", "Marker", "MaxResults", null, null, "Things", "NextMarker"),
                result.document().actions().get(0).pagination());
        Pagination model = Fixtures.load(result.yaml(), temp, "token.yaml").services().get(0).actions().get(0).pagination();
        assertEquals(Pagination.Kind.TOKEN, model.kind());
        assertEquals("nextMarker", model.nextToken().javaName());
    }

    @Test
    void nearMissesAreReportedNotGuessed() throws Exception {
        ImportResult twoLists = importActions(member("Offset", "int", "int64", "O.") + ", " + member("Limit", "int", "int64", "L."),
                member("TotalCount", "int", "int64", "T.") + ", " + member("Things", "list", "string", "Things.") + ", "
                        + member("Others", "list", "string", "Others."));
        assertNull(twoLists.document().actions().get(0).pagination());
        assertTrue(twoLists.noteLines().contains("takes a paging parameter, but no pagination was inferred (add one by hand if"
                + " it pages) (1): ListThings (Offset: not exactly one list in the response)"), twoLists.noteLines()::toString);

        ImportResult noTotal = importActions(member("Offset", "int", "int64", "O.") + ", " + member("Limit", "int", "int64", "L."),
                member("Things", "list", "string", "Things."));
        assertNull(noTotal.document().actions().get(0).pagination());
        assertTrue(noTotal.noteLines().stream().anyMatch(l -> l.endsWith("ListThings (Offset: no integer TotalCount or Total in the response)")),
                noTotal.noteLines()::toString);
    }

    /**
     * Opt-in: {@code -Dtcgen.corpus=/path/to/shared/corpus} imports every service version of the corpus (without
     * examples) and counts the paginations of each kind; says plainly when the corpus is absent.
     */
    @Test
    void measuresTheCorpus() throws Exception {
        String folder = System.getProperty("tcgen.corpus", "");
        assumeTrue(!folder.isBlank(), "the corpus is absent: run with -Dtcgen.corpus=<folder of the corpus> to measure it");
        Path tccli = Path.of(folder, "tccli");
        assumeTrue(Files.isDirectory(tccli), "the corpus is absent: " + tccli + " is not a folder");
        List<Path> apis;
        try (Stream<Path> files = Files.find(tccli, 3, (p, a) -> p.getFileName().toString().equals("api.json"))) {
            apis = files.sorted().toList();
        }
        Map<String, Integer> counts = new TreeMap<>();
        int failed = 0;
        for (Path api : apis) {
            try {
                ImportResult result = new TencentImporter().importSpec(
                        new TencentImporter.Sources(JSON.readTree(api.toFile()), JSON.missingNode(), JSON.missingNode()), List.of());
                for (SpecDocument.Action action : result.document().actions()) {
                    counts.merge(action.pagination() == null ? "none" : action.pagination().kind(), 1, Integer::sum);
                }
                counts.merge("not inferred despite a paging parameter", (int) result.notes().stream()
                        .filter(n -> n.what().startsWith("takes a paging parameter")).count(), Integer::sum);
            } catch (ImportException e) {
                failed++;
            }
        }
        System.out.printf(Locale.ROOT, "corpus: %d service versions (%d failed to import), paginations by kind: %s%n",
                apis.size(), failed, counts);
        assertTrue(counts.getOrDefault("offset", 0) > 1000, counts::toString);
    }
}
