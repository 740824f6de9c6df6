package dev.tcgen.benchmarks.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a large service spec for the generation benchmark: the same seed gives the same bytes on every
 * machine ({@link Random} is fully specified). Its shape follows real Tencent services: mostly strings and
 * integers, nested data types, lists of them, error codes per action, and an example per action.
 *
 * <p>Usage: {@code SyntheticSpec OUTPUT.yaml [ACTIONS TYPES SEED]} (defaults 450, 1100, 20221128).
 */
public final class SyntheticSpec {

    public static final int DEFAULT_ACTIONS = 450;
    public static final int DEFAULT_TYPES = 1100;
    public static final long DEFAULT_SEED = 20221128L;

    private static final String[] VERBS = {"Describe", "Create", "Modify", "Delete", "Start", "Stop", "Get", "List"};
    private static final String[] NOUNS = {"Cluster", "Workflow", "Volume", "Table", "Environment", "Project",
        "Sample", "Task", "Bucket", "Pipeline", "Dataset", "Report", "Quota", "Node", "Image", "Policy"};
    private static final String[] FIELDS = {"Name", "Description", "Status", "Zone", "Region", "CreateTime",
        "UpdateTime", "Owner", "Size", "Count", "Enabled", "Ratio", "Tags", "Labels", "Path", "Uuid", "Version",
        "Priority", "Limit", "Offset", "Comment", "Config", "Spec", "State", "Source", "Target", "Mode", "Kind",
        "Weight", "Score", "Url", "Checksum", "Retries", "Timeout", "Memory", "Cpu", "Disk", "Cost", "Level",
        "Phase"};
    private static final String[] SCALARS = {"string", "string", "string", "integer", "integer", "boolean",
        "float", "timestamp", "json", "list<string>", "list<integer>"};

    private final Random random;
    private final int actions;
    private final int types;

    public SyntheticSpec(int actions, int types, long seed) {
        if (actions < 1 || types < 1) {
            throw new IllegalArgumentException("a service needs at least one action and one data type");
        }
        this.actions = actions;
        this.types = types;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && args.length != 4) {
            System.err.println("usage: SyntheticSpec OUTPUT.yaml [ACTIONS TYPES SEED]");
            System.exit(2);
        }
        SyntheticSpec spec = args.length == 4
                ? new SyntheticSpec(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]))
                : new SyntheticSpec(DEFAULT_ACTIONS, DEFAULT_TYPES, DEFAULT_SEED);
        Path output = Path.of(args[0]);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, spec.yaml(), StandardCharsets.UTF_8);
    }

    /** The whole spec; call once per instance (the random sequence is consumed). */
    public String yaml() {
        StringBuilder out = new StringBuilder(1 << 20);
        out.append("# Synthetic service for the generation benchmark (benchmarks/run.sh); do not edit.\n")
                .append("tcgen: 1\n\nservice:\n  name: synth\n  version: \"2024-01-01\"\n")
                .append("  host: synth.tencentcloudapi.com\n  title: Synthetic benchmark service\n\nactions:\n");
        int errorCodes = Math.max(4, actions / 10);
        for (int a = 0; a < actions; a++) {
            appendAction(out, a, errorCodes);
        }
        out.append("\ntypes:\n");
        for (int t = 0; t < types; t++) {
            out.append("  ").append(typeName(t)).append(":\n    description: Data type number ").append(t)
                    .append(".\n    fields:\n");
            // Only types with a higher number are referenced, so the graph has no cycles.
            for (Field field : fields(3 + random.nextInt(8), t + 1)) {
                appendField(out, field, "      ", false);
            }
        }
        out.append("\nerrors:\n");
        for (int e = 0; e < errorCodes; e++) {
            out.append("  ").append(errorCode(e)).append(": Synthetic failure number ").append(e).append(".\n");
        }
        return out.toString();
    }

    private void appendAction(StringBuilder out, int index, int errorCodes) {
        String name = VERBS[index % VERBS.length] + NOUNS[(index / VERBS.length) % NOUNS.length]
                + String.format(Locale.ROOT, "%04d", index);
        out.append("  ").append(name).append(":\n    title: ").append(name).append(" action\n")
                .append("    description: Synthetic action number ").append(index).append(".\n")
                .append("    regionRequired: ").append(index % 3 != 0).append('\n');
        List<Field> request = fields(1 + random.nextInt(6), 0);
        out.append("    request:\n");
        for (Field field : request) {
            appendField(out, field, "      ", true);
        }
        out.append("    response:\n");
        for (Field field : fields(1 + random.nextInt(5), 0)) {
            appendField(out, field, "      ", false);
        }
        out.append("      RequestId:\n        type: string\n        description: The unique request ID.\n");
        out.append("    errors:\n");
        int first = random.nextInt(errorCodes);
        for (int e = 0; e < 3; e++) {
            out.append("      - ").append(errorCode((first + e) % errorCodes)).append('\n');
        }
        StringBuilder body = new StringBuilder("{");
        for (Field field : request) {
            if (field.required) {
                body.append(body.length() > 1 ? ", " : "").append('"').append(field.name).append("\": ")
                        .append(field.type.equals("string") ? "\"x\"" : "1");
            }
        }
        out.append("    examples:\n      - title: Calling ").append(name).append('\n')
                .append("        request: |\n          ").append(body).append("}\n")
                .append("        response: |\n          {\"Response\": {\"RequestId\": \"")
                .append(new java.util.UUID(random.nextLong(), random.nextLong())).append("\"}}\n");
    }

    private void appendField(StringBuilder out, Field field, String indent, boolean request) {
        out.append(indent).append(field.name).append(":\n")
                .append(indent).append("  type: ").append(field.type).append('\n');
        if (request && field.required) {
            out.append(indent).append("  required: true\n");
        }
        out.append(indent).append("  description: The ").append(field.name.toLowerCase(Locale.ROOT))
                .append(" of this object, as the service reports it.\n");
        if (field.type.equals("string")) {
            out.append(indent).append("  example: example-").append(random.nextInt(1000)).append('\n');
        }
    }

    /**
     * Distinct field names; references to data types numbered from {@code firstReferable} on (0 for an
     * action: any type; none when it is past the last). Only string and integer fields are ever required.
     */
    private List<Field> fields(int count, int firstReferable) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(FIELDS[random.nextInt(FIELDS.length)]);
        }
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            String type;
            int roll = random.nextInt(10);
            if (roll < 3 && firstReferable < types) {
                // Actions refer to any data type; data types to one of the next 40, as real services nest.
                int span = firstReferable == 0 ? types : Math.min(40, types - firstReferable);
                String referenced = typeName(firstReferable + random.nextInt(span));
                type = roll == 0 ? "list<" + referenced + ">" : referenced;
            } else {
                type = SCALARS[random.nextInt(SCALARS.length)];
            }
            boolean required = (type.equals("string") || type.equals("integer")) && random.nextInt(3) == 0;
            fields.add(new Field(name, type, required));
        }
        return fields;
    }

    private static String typeName(int index) {
        return NOUNS[index % NOUNS.length] + "Info" + String.format(Locale.ROOT, "%04d", index);
    }

    private static String errorCode(int index) {
        String[] kinds = {"FailedOperation", "InvalidParameterValue", "ResourceNotFound", "LimitExceeded"};
        return kinds[index % kinds.length] + "." + NOUNS[index % NOUNS.length] + "Case"
                + String.format(Locale.ROOT, "%03d", index);
    }

    private record Field(String name, String type, boolean required) {}
}
