package dev.tcgen.omics.cli;

import dev.tcgen.client.core.TencentCloudException;
import dev.tcgen.client.core.TencentCloudTransportException;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.omics.calltree.CallTree;
import dev.tcgen.omics.calltree.CallTreeWalker;
import dev.tcgen.omics.calltree.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The omics command line: {@code calls} lists one level of a run's calls, {@code tree} the whole call tree.
 * Exit status: 0 ok; 1 API error; 2 usage error; 3 transport failure.
 */
public final class OmicsCli {

    static final int OK = 0;
    static final int API_ERROR = 1;
    static final int USAGE = 2;
    static final int TRANSPORT = 3;

    private static final String CONNECTION_HELP = """
              --endpoint URL    where to send calls (default https://omics.tencentcloudapi.com)
              --region R        the region, e.g. ap-guangzhou (GetRunCalls needs none)
              --sandbox         start the embedded local sandbox and talk to it: it knows the spec's examples
                                and the demo run %s
              --json            print JSON with the service's field names instead of text
              --help            show this text

            Credentials come from TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN),
            else from ~/.tencentcloud/credentials; --sandbox needs none.
            Exit status: 0 ok; 1 API error; 2 usage error; 3 transport failure.
            """.formatted(Connection.DEMO_RUN_UUID);

    static final String USAGE_TEXT = """
            Usage: java -jar omics-cli.jar COMMAND [OPTIONS]

            Commands:
              calls --run-uuid U [--path /] [--project-id P] [--endpoint URL] [--region R] [--sandbox] [--json]
                    One level of a run's calls as a table: name, type, status, scatter index, start, end, duration.
              tree  --run-uuid U [--endpoint URL] [--region R] [--sandbox] [--json]
                    The run's whole call tree, indented, with a summary of statuses and failed calls.
              help  Show this text. 'COMMAND --help' describes a command.

            Try: java -jar omics-cli.jar tree --sandbox --run-uuid %s
            Exit status: 0 ok; 1 API error; 2 usage error; 3 transport failure.
            """.formatted(Connection.DEMO_RUN_UUID);

    static final String CALLS_HELP = """
            Usage: java -jar omics-cli.jar calls --run-uuid U [--path /] [--project-id P] [--endpoint URL] [--region R] [--sandbox] [--json]

            Lists the calls GetRunCalls returns for one level of a run: name, type, status, scatter index,
            start, end and duration.

              --run-uuid U      the run (required)
              --path P          the level: / for the run's top level (default), /RUN_ID for the children of a
                                call of type Workflow or Scatter
              --project-id P    the project (default: the region's default project)
            """ + CONNECTION_HELP;

    static final String TREE_HELP = """
            Usage: java -jar omics-cli.jar tree --run-uuid U [--endpoint URL] [--region R] [--sandbox] [--json]

            Walks the run's whole call tree (GetRunCalls on /, then on /RUN_ID of every Workflow and Scatter call,
            at most %d levels deep, within the action's rate limit) and prints it indented with statuses, then a
            summary: the number of calls by status, and each failed call with its error message. A listing that
            fails is shown where it happened; the rest of the tree is still printed, and the exit status says
            what failed (1 API error, 3 transport failure).

              --run-uuid U      the run (required)
            """.formatted(CallTreeWalker.DEFAULT_MAX_DEPTH) + CONNECTION_HELP;

    private static final Set<String> CONNECTION_VALUES = Set.of("--endpoint", "--region");
    private static final Set<String> FLAGS = Set.of("--sandbox", "--json", "--help");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Path home;
    private final boolean terminal;

    /**
     * @param environment where credentials are looked up first
     * @param home whose {@code .tencentcloud/credentials} is looked up next
     * @param terminal whether stderr is a terminal (progress is shown at once)
     */
    OmicsCli(PrintStream out, PrintStream err, Map<String, String> environment, Path home, boolean terminal) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.home = home;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        OmicsCli cli = new OmicsCli(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")),
                System.console() != null);
        int status = cli.run(args);
        System.out.flush();
        System.exit(status);
    }

    int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (command) {
                case "calls":
                    return calls(Options.parse(command, rest, union(CONNECTION_VALUES, "--run-uuid", "--path", "--project-id"), FLAGS));
                case "tree":
                    return tree(Options.parse(command, rest, union(CONNECTION_VALUES, "--run-uuid"), FLAGS));
                case "help":
                case "--help":
                case "-h":
                    out.print(USAGE_TEXT);
                    return OK;
                default:
                    throw new UsageException("unknown command '" + command + "' (commands: calls, tree)");
            }
        } catch (UsageException e) {
            err.println("omics: " + e.getMessage());
            err.println("Run 'java -jar omics-cli.jar " + (command.equals("calls") || command.equals("tree") ? command + " --help" : "help")
                    + "' for usage.");
            return USAGE;
        } catch (TencentCloudException e) {
            printApiError(e.action(), e.code(), e.getMessage(), e.requestId());
            return API_ERROR;
        } catch (TencentCloudTransportException e) {
            err.println("omics: no answer: " + e.getMessage());
            return TRANSPORT;
        }
    }

    private int calls(Options options) throws UsageException {
        if (options.flag("--help")) {
            out.print(CALLS_HELP);
            return OK;
        }
        String runUuid = options.required("--run-uuid", "U (the run's UUID)");
        String path = options.value("--path") == null ? "/" : options.value("--path");
        if (!path.startsWith("/")) {
            throw new UsageException("--path must start with / (/ or /RUN_ID), not '" + path + "'");
        }
        GetRunCallsRequest request = GetRunCallsRequest.builder().runUuid(runUuid).path(path)
                .projectId(options.value("--project-id")).build();
        try (Connection connection = Connection.open(options, environment, home)) {
            GetRunCallsResponse response = connection.client().getRunCalls(request);
            if (options.flag("--json")) {
                JsonReport.printCalls(response, out);
            } else {
                CallsTable.print(response.calls(), out);
            }
            return OK;
        }
    }

    private int tree(Options options) throws UsageException {
        if (options.flag("--help")) {
            out.print(TREE_HELP);
            return OK;
        }
        String runUuid = options.required("--run-uuid", "U (the run's UUID)");
        CallTree tree;
        try (Connection connection = Connection.open(options, environment, home)) {
            ProgressLine progress = new ProgressLine(err, terminal);
            tree = new CallTreeWalker(connection.client(), null, CallTreeWalker.DEFAULT_MAX_DEPTH, progress).walk(runUuid);
            progress.finish();
        }
        Problem rootProblem = tree.root().problem();
        if (rootProblem != null && rootProblem.isFailure() && !options.flag("--json")) {
            // Nothing was listed: the run's own listing failed, so there is no tree to print.
            return failure(rootProblem);
        }
        if (options.flag("--json")) {
            JsonReport.printTree(tree, out);
        } else {
            TreeReport.print(tree, out);
        }
        List<Problem> failures = tree.failedListings().stream().map(node -> node.problem()).toList();
        if (failures.stream().anyMatch(problem -> problem.kind() == Problem.Kind.TRANSPORT_ERROR)) {
            return TRANSPORT;
        }
        return failures.isEmpty() ? OK : API_ERROR;
    }

    private int failure(Problem problem) {
        if (problem.kind() == Problem.Kind.TRANSPORT_ERROR) {
            err.println("omics: no answer: " + problem.message());
            return TRANSPORT;
        }
        printApiError("GetRunCalls", problem.code(), problem.message(), problem.requestId());
        return API_ERROR;
    }

    private void printApiError(String action, String code, String message, String requestId) {
        err.println("omics: " + action + " failed: " + code + ": " + message);
        err.println("RequestId: " + (requestId == null ? "(none)" : requestId));
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
