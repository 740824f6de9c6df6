package dev.tcgen.runtime.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The hosts that go direct although a proxy is set. */
final class ProxyBypass {
    static final ProxyBypass NONE = new ProxyBypass(List.of(), false, false);

    private final List<String> rules;
    private final boolean globs;
    private final boolean loopback;

    private ProxyBypass(List<String> rules, boolean globs, boolean loopback) {
        this.rules = rules;
        this.globs = globs;
        this.loopback = loopback;
    }

    /**
     * {@code NO_PROXY}: entries split by commas or spaces; {@code *} is every host; {@code example.com} is that
     * host and those below it, {@code .example.com} (or {@code *.example.com}) only those below; an entry may
     * end in {@code :port}. Loopback hosts always go direct.
     */
    static ProxyBypass noProxy(String value) {
        List<String> rules = value == null ? List.of()
                : List.of(value.strip().toLowerCase(Locale.ROOT).split("[,\\s]+")).stream().filter(rule -> !rule.isEmpty()).toList();
        return new ProxyBypass(rules, false, true);
    }

    /** {@code http.nonProxyHosts}: patterns split by {@code |}, each with an optional {@code *} at either end. */
    static ProxyBypass nonProxyHosts(String value) {
        List<String> rules = List.of(value.strip().toLowerCase(Locale.ROOT).split("\\|")).stream()
                .map(String::strip).filter(rule -> !rule.isEmpty()).toList();
        return new ProxyBypass(rules, true, false);
    }

    boolean matches(URI target) {
        String host = target.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (loopback && (bare.equals("localhost") || bare.startsWith("127.") || bare.equals("::1"))) {
            return true;
        }
        int port = target.getPort() != -1 ? target.getPort() : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        for (String rule : rules) {
            if (globs ? globMatches(rule, host, bare) : noProxyMatches(rule, bare, port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean globMatches(String rule, String host, String bare) {
        String candidate = rule.startsWith("[") ? host : bare;
        if (rule.equals("*")) {
            return true;
        }
        if (rule.startsWith("*")) {
            return candidate.endsWith(rule.substring(1));
        }
        if (rule.endsWith("*")) {
            return candidate.startsWith(rule.substring(0, rule.length() - 1));
        }
        return candidate.equals(rule);
    }

    private static boolean noProxyMatches(String rule, String host, int port) {
        if (rule.equals("*")) {
            return true;
        }
        String name = rule;
        int colon = rule.lastIndexOf(':');
        boolean ipv6 = rule.startsWith("[") || rule.indexOf(':') != colon;
        if (rule.startsWith("[")) {
            int close = rule.indexOf(']');
            name = close < 0 ? rule.substring(1) : rule.substring(1, close);
            String rest = close < 0 ? "" : rule.substring(close + 1);
            if (rest.startsWith(":") && !rest.substring(1).equals(Integer.toString(port))) {
                return false;
            }
        } else if (colon > 0 && !ipv6) {
            name = rule.substring(0, colon);
            if (!rule.substring(colon + 1).equals(Integer.toString(port))) {
                return false;
            }
        }
        if (name.startsWith("*.")) {
            name = name.substring(1);
        }
        if (name.startsWith(".")) {
            return host.endsWith(name);
        }
        return host.equals(name) || host.endsWith("." + name);
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}
