package dev.tcgen.omics.calltree;

import dev.tcgen.client.core.TencentCloudException;
import dev.tcgen.client.core.TencentCloudTransportException;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.RunMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walks a run's call tree: GetRunCalls on {@code /}, then on {@code /<RunId>} for every call of type
 * Workflow or Scatter, level by level.
 *
 * <p>The calls of one level go out together through the client's async methods, so the client's rate
 * limiter (the action's documented calls per second) sets the pace. Levels are finished one after the
 * other, and siblings put in {@link CallOrder}, which makes the result independent of answer timing: the
 * first occurrence of a RunId (in that order) is listed, a later one is marked {@link Problem.Kind#CYCLE}.
 * A failed listing is recorded on its node and the walk goes on elsewhere.
 */
public final class CallTreeWalker {

    /** Deeper than any real workflow nests; it only stops a misbehaving service from taking the walk forever. */
    public static final int DEFAULT_MAX_DEPTH = 32;

    /** Told how far the walk is, from the threads that complete calls. */
    @FunctionalInterface
    public interface Progress {
        void update(int listingsDone, int listingsStarted);
    }

    private final OmicsClient client;
    private final String projectId;
    private final int maxDepth;
    private final Progress progress;

    /**
     * @param projectId sent with every call; null for the region's default project
     * @param maxDepth how many levels below the run are listed, at least 1
     * @param progress may be null
     */
    public CallTreeWalker(OmicsClient client, String projectId, int maxDepth, Progress progress) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, not " + maxDepth);
        }
        this.client = Objects.requireNonNull(client, "client");
        this.projectId = projectId;
        this.maxDepth = maxDepth;
        this.progress = progress == null ? (done, started) -> { } : progress;
    }

    /**
     * The run's tree. API and transport errors are recorded on the nodes where they happened (the root
     * included); other failures, such as missing credentials, are thrown.
     */
    public CallTree walk(String runUuid) {
        Objects.requireNonNull(runUuid, "runUuid");
        Node root = new Node(null, "/");
        Set<String> seen = new HashSet<>();
        seen.add(runUuid);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Node> level = List.of(root);
        for (int depth = 1; !level.isEmpty(); depth++) {
            List<CompletableFuture<Void>> listings = new ArrayList<>();
            for (Node node : level) {
                started.incrementAndGet();
                listings.add(list(runUuid, node).whenComplete((ignored, failure) ->
                        progress.update(done.incrementAndGet(), started.get())));
            }
            CompletableFuture.allOf(listings.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> null).join();
            listings.forEach(CompletableFuture::join);
            List<Node> next = new ArrayList<>();
            for (Node node : level) {
                for (Node child : node.children) {
                    if (!CallNode.hasChildren(child.call) || child.call.runId() == null || child.call.runId().isBlank()) {
                        continue;
                    }
                    if (!seen.add(child.call.runId())) {
                        child.problem = new Problem(Problem.Kind.CYCLE, null,
                                "RunId " + child.call.runId() + " appears twice in the tree; listed once only", null);
                    } else if (depth >= maxDepth) {
                        child.problem = new Problem(Problem.Kind.DEPTH_LIMIT, null,
                                "not listed: deeper than " + maxDepth + " levels", null);
                    } else {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return new CallTree(runUuid, root.freeze());
    }

    /** Lists one node's children into it; completes normally whatever the service answered. */
    private CompletableFuture<Void> list(String runUuid, Node node) {
        GetRunCallsRequest request = GetRunCallsRequest.builder().runUuid(runUuid).path(node.path).projectId(projectId).build();
        return client.getRunCallsAsync(request).handle((response, failure) -> {
            if (failure == null) {
                node.children = children(response);
                return null;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof TencentCloudException api) {
                node.problem = new Problem(Problem.Kind.API_ERROR, api.code(), api.getMessage(), api.requestId());
            } else if (cause instanceof TencentCloudTransportException transport) {
                node.problem = new Problem(Problem.Kind.TRANSPORT_ERROR, null, transport.getMessage(), null);
            } else {
                throw new CompletionException(cause);
            }
            return null;
        });
    }

    private static List<Node> children(GetRunCallsResponse response) {
        List<RunMetadata> calls = new ArrayList<>(response.calls());
        calls.sort(CallOrder.SIBLINGS);
        List<Node> children = new ArrayList<>();
        for (RunMetadata call : calls) {
            children.add(new Node(call, "/" + call.runId()));
        }
        return children;
    }

    /**
     * A node while the walk fills it in. Each field is written by one listing's completion and read after
     * the level's join, which orders the two.
     */
    private static final class Node {
        final RunMetadata call;
        final String path;
        List<Node> children = List.of();
        Problem problem;

        Node(RunMetadata call, String path) {
            this.call = call;
            this.path = path;
        }

        CallNode freeze() {
            return new CallNode(call, children.stream().map(Node::freeze).toList(), problem);
        }
    }
}
