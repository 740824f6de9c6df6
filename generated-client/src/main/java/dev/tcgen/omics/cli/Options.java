package dev.tcgen.omics.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options of one command: {@code --name value} (or {@code --name=value}) and flags, each at most once. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {}

    static Options parse(String command, List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' for '" + command + "'");
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                value = "true";
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (value.isBlank()) {
                    throw new UsageException(name + " must not be empty");
                }
            } else {
                throw new UsageException("unknown option " + name + " for '" + command + "'");
            }
            if (options.values.put(name, value) != null) {
                throw new UsageException(name + " may be given once");
            }
        }
        return options;
    }

    String value(String name) {
        return values.get(name);
    }

    String required(String name, String what) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing " + name + " " + what);
        }
        return value;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }
}
