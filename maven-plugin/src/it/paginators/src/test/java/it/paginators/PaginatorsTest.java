package it.paginators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.paginators.client.core.Paginator;
import it.paginators.client.paged.v20240301.DescribeJobsRequest;
import it.paginators.client.paged.v20240301.DescribeRunsRequest;
import it.paginators.client.paged.v20240301.DescribeRunsResponse;
import it.paginators.client.paged.v20240301.ListLogsRequest;
import it.paginators.client.paged.v20240301.PagedClient;
import it.paginators.client.paged.v20240301.PagedSandbox;
import it.paginators.client.paged.v20240301.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A consumer's tests of its paginators, against the sandbox the plugin generated beside the client. */
class PaginatorsTest {

    private static PagedSandbox sandbox;
    private static PagedClient client;

    @BeforeAll
    static void start() {
        sandbox = PagedSandbox.start();
        client = sandbox.clientBuilder().build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void runsComeTwoAPageUntilTheTotal() {
        Paginator<DescribeRunsResponse, Run> runs =
                client.describeRunsPaginator(DescribeRunsRequest.builder().project("p-1").limit(2L).build());
        List<Integer> sizes = new ArrayList<>();
        long before = sandbox.requestCount();
        for (DescribeRunsResponse page : runs) {
            sizes.add(page.runs().size());
            assertEquals(5L, page.totalCount());
        }
        assertEquals(List.of(2, 2, 1), sizes);
        assertEquals(3, sandbox.requestCount() - before);
        assertEquals(List.of("run-1", "run-2", "run-3", "run-4", "run-5"), runs.items().map(Run::runId).toList());
    }

    @Test
    void jobsComeByPageNumber() {
        assertEquals(List.of("j-1", "j-2", "j-3"),
                client.describeJobsPaginator(DescribeJobsRequest.builder().pageSize(1L).build()).items().toList());
    }

    @Test
    void linesComeByTokenWithoutBlocking() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        client.listLogsPaginator(ListLogsRequest.builder().maxResults(3L).build())
                .forEachItemAsync(lines::add).get(20, TimeUnit.SECONDS);
        assertEquals(List.of("a", "b", "c", "d"), lines);
    }
}
