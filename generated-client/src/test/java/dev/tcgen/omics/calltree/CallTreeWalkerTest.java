package dev.tcgen.omics.calltree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.core.SandboxBuilder;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsSandbox;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The walker against sandboxes seeded with small made-up runs. */
@Timeout(60)
class CallTreeWalkerTest {

    private static final String RUN = "run-1";

    @Test
    void aFailedListingStaysOnItsNodeAndTheRestOfTheTreeIsListed() {
        SandboxBuilder<OmicsSandbox> sandbox = OmicsSandbox.builder().examples(false);
        answer(sandbox, "/", call("broken", "Workflow", "w-broken", null), call("fine", "Workflow", "w-fine", null));
        answer(sandbox, "/w-fine", call("task", "Task", "t-1", null));
        CallTree tree = walk(sandbox, CallTreeWalker.DEFAULT_MAX_DEPTH);

        CallNode broken = tree.root().children().get(0);
        assertEquals("broken", broken.call().callName());
        assertEquals(Problem.Kind.API_ERROR, broken.problem().kind());
        assertEquals("ResourceNotFound", broken.problem().code());
        assertTrue(broken.problem().message().contains("/w-broken"), broken.problem().message());
        CallNode fine = tree.root().children().get(1);
        assertNull(fine.problem());
        assertEquals("task", fine.children().get(0).call().callName());
        assertEquals(List.of(broken), tree.failedListings());
    }

    @Test
    void aRunIdSeenTwiceIsListedOnce() {
        SandboxBuilder<OmicsSandbox> sandbox = OmicsSandbox.builder().examples(false);
        answer(sandbox, "/", call("outer", "Workflow", "w-1", null));
        answer(sandbox, "/w-1", call("inner", "Scatter", "w-2", null));
        answer(sandbox, "/w-2", call("back", "Workflow", "w-1", "0"));
        CallTree tree = walk(sandbox, CallTreeWalker.DEFAULT_MAX_DEPTH);

        CallNode back = tree.root().children().get(0).children().get(0).children().get(0);
        assertEquals(Problem.Kind.CYCLE, back.problem().kind());
        assertTrue(back.problem().message().contains("w-1"));
        assertEquals(3, tree.calls().size());
        assertTrue(tree.failedListings().isEmpty());
    }

    @Test
    void stopsAtTheDepthBound() {
        SandboxBuilder<OmicsSandbox> sandbox = OmicsSandbox.builder().examples(false);
        answer(sandbox, "/", call("level1", "Workflow", "w-1", null));
        answer(sandbox, "/w-1", call("level2", "Workflow", "w-2", null));
        answer(sandbox, "/w-2", call("level3", "Workflow", "w-3", null));
        CallTree tree = walk(sandbox, 2);

        CallNode level2 = tree.root().children().get(0).children().get(0);
        assertEquals("level2", level2.call().callName());
        assertEquals(Problem.Kind.DEPTH_LIMIT, level2.problem().kind());
        assertTrue(level2.children().isEmpty());
    }

    @Test
    void aWideLevelIsListedConcurrentlyWithinTheRateLimitAndShownInOrder() {
        int width = 45;
        SandboxBuilder<OmicsSandbox> sandbox = OmicsSandbox.builder().examples(false);
        answer(sandbox, "/", IntStream.range(0, width).map(i -> width - 1 - i)
                .mapToObj(i -> call("shard", "Workflow", "w-" + i, Integer.toString(i))).toArray(String[]::new));
        for (int i = 0; i < width; i++) {
            answer(sandbox, "/w-" + i, call("task", "Task", "t-" + i, null));
        }
        CallTree tree = walk(sandbox, CallTreeWalker.DEFAULT_MAX_DEPTH);

        assertTrue(tree.failedListings().isEmpty(), "the sandbox enforces 20/s and refused nothing: "
                + tree.failedListings().stream().map(node -> node.problem().message()).collect(Collectors.joining("; ")));
        List<String> order = tree.root().children().stream().map(node -> node.call().scatterIndex()).toList();
        assertEquals(IntStream.range(0, width).mapToObj(Integer::toString).toList(), order, "shards by index");
        assertEquals(2 * width, tree.calls().size());
    }

    private static CallTree walk(SandboxBuilder<OmicsSandbox> builder, int maxDepth) {
        // No retries: a refused call must show in the tree, not be retried away.
        try (OmicsSandbox sandbox = builder.start();
                OmicsClient client = sandbox.clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            return new CallTreeWalker(client, null, maxDepth, null).walk(RUN);
        }
    }

    private static void answer(SandboxBuilder<OmicsSandbox> sandbox, String path, String... calls) {
        sandbox.answer("GetRunCalls", "{\"RunUuid\": \"" + RUN + "\", \"Path\": \"" + path + "\"}",
                "{\"Calls\": [" + String.join(",", calls) + "]}");
    }

    private static String call(String name, String type, String runId, String scatterIndex) {
        return "{\"CallName\": \"" + name + "\", \"RunType\": \"" + type + "\", \"RunId\": \"" + runId
                + "\", \"Status\": \"COMPLETE\"" + (scatterIndex == null ? "" : ", \"ScatterIndex\": \"" + scatterIndex + "\"") + "}";
    }
}
