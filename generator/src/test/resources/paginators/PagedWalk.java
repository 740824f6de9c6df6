package walk;

import dev.tcgen.client.paged.v20240301.DescribeJobsRequest;
import dev.tcgen.client.paged.v20240301.DescribeRunsRequest;
import dev.tcgen.client.paged.v20240301.DescribeRunsResponse;
import dev.tcgen.client.paged.v20240301.ListLogsRequest;
import dev.tcgen.client.paged.v20240301.PagedClient;
import dev.tcgen.client.paged.v20240301.PagedSandbox;
import dev.tcgen.client.paged.v20240301.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Walks the pages of the golden case 'paginated' against its generated sandbox, as a user would write it; compiled
 * with the generated sources by PaginatorSandboxTest, which judges what it saw.
 */
public final class PagedWalk implements Callable<Map<String, Object>> {

    @Override
    public Map<String, Object> call() throws Exception {
        Map<String, Object> seen = new LinkedHashMap<>();
        try (PagedSandbox sandbox = PagedSandbox.start();
             PagedClient client = sandbox.clientBuilder().build()) {
            DescribeRunsRequest runs = DescribeRunsRequest.builder().project("p-1").limit(2L).build();
            List<Integer> sizes = new ArrayList<>();
            long before = sandbox.requestCount();
            for (DescribeRunsResponse page : client.describeRunsPaginator(runs)) {
                sizes.add(page.runs().size());
                seen.put("runsTotal", page.totalCount());
            }
            seen.put("runPageSizes", sizes);
            seen.put("runRequests", sandbox.requestCount() - before);
            seen.put("runIds", client.describeRunsPaginator(runs).items().map(Run::runId).toList());

            before = sandbox.requestCount();
            seen.put("firstTwoRuns", client.describeRunsPaginator(runs).items().limit(2).map(Run::runId).toList());
            seen.put("firstTwoRunsRequests", sandbox.requestCount() - before);

            seen.put("runsFromOffset3", client.describeRunsPaginator(runs.toBuilder().offset(3L).build()).items()
                    .map(Run::runId).toList());

            seen.put("jobs", client.describeJobsPaginator(DescribeJobsRequest.builder().pageSize(2L).build()).items().toList());

            before = sandbox.requestCount();
            long start = System.nanoTime();
            seen.put("lines", client.listLogsPaginator(ListLogsRequest.builder().maxResults(1L).build()).items().toList());
            seen.put("lineMillis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            seen.put("lineRequests", sandbox.requestCount() - before);

            List<String> async = Collections.synchronizedList(new ArrayList<>());
            client.listLogsPaginator(ListLogsRequest.builder().maxResults(3L).build())
                    .forEachItemAsync(async::add).get(20, TimeUnit.SECONDS);
            seen.put("asyncLines", List.copyOf(async));
        }
        return seen;
    }
}
