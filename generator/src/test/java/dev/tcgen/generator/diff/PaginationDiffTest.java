package dev.tcgen.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a change of an action's pagination means to code that uses its paginator. */
class PaginationDiffTest {

    private static final String PAGED = """
            tcgen: 1
            service: {name: demo, version: "2020-01-01", host: demo.tencentcloudapi.com}
            actions:
              ListThings:
                description: Lists.
                regionRequired: false
                pagination: {offset: Offset, limit: Limit, total: TotalCount, items: Things}
                request:
                  Offset: {type: integer}
                  Limit: {type: integer}
                  PageNumber: {type: integer}
                response:
                  TotalCount: {type: integer}
                  Things: {type: list<string>}
                  Ids: {type: list<integer>}
            """;

    @TempDir
    Path temp;

    private int files;

    private List<String> diff(String older, String newer) {
        Model old = Fixtures.load(older, temp, "old" + files++ + ".yaml");
        Model now = Fixtures.load(newer, temp, "new" + files++ + ".yaml");
        return ModelDiff.compare(old, now).stream()
                .map(c -> c.severity().label() + " " + c.rule() + " " + c.subject()).toList();
    }

    @Test
    void aRemovedPaginatorBreaksAndAnAddedOneDoesNot() {
        String unpaged = PAGED.replace("    pagination: {offset: Offset, limit: Limit, total: TotalCount, items: Things}\n", "");
        assertEquals(List.of("breaking paginator-removed ListThings"), diff(PAGED, unpaged));
        assertEquals(List.of("compatible paginator-added ListThings"), diff(unpaged, PAGED));
    }

    @Test
    void otherItemsBreakAnotherWayToPageDoesNot() {
        assertEquals(List.of("breaking paginator-items-changed ListThings"),
                diff(PAGED, PAGED.replace("items: Things}", "items: Ids}")));
        assertEquals(List.of("compatible paging-changed ListThings"), diff(PAGED,
                PAGED.replace("{offset: Offset, limit: Limit,", "{page: PageNumber, pageSize: Limit,")));
    }
}
