package dev.tcgen.generator.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options of one command: {@code --name value} pairs (repeatable where allowed), flags and positionals. */
final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /**
     * @param valued options that take a value
     * @param flags options that take none
     */
    static Arguments parse(String command, List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
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
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("unknown option " + name + " for '" + command + "'");
                }
            } else {
                parsed.positionals.add(arg);
            }
        }
        return parsed;
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    String single(String name) throws UsageException {
        List<String> values = all(name);
        if (values.size() > 1) {
            throw new UsageException(name + " may be given once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    String required(String name) throws UsageException {
        String value = single(name);
        if (value == null) {
            throw new UsageException("missing " + name);
        }
        return value;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    List<String> positionals() {
        return positionals;
    }
}
