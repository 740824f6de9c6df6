package dev.tcgen.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** The one place where spec names become Java names, and where names are judged valid. */
public final class Names {

    private static final Pattern WIRE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern VERSION = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    /** Contextual keywords that compile as names in some places and not others: escaped everywhere. */
    private static final Set<String> CONTEXTUAL_KEYWORDS =
            Set.of("record", "var", "yield", "sealed", "permits", "when", "module", "open", "exports", "to", "with");

    /**
     * Names a record component may not take: the methods every record inherits or must not override
     * with an accessor, and the builder methods every generated record has.
     */
    private static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals",
            "builder", "toBuilder", "build");

    /** Simple names the generated code itself uses unqualified, which a data type must not shadow. */
    public static final Set<String> RESERVED_TYPE_NAMES = Set.of(
            "Builder", "Object", "String", "Boolean", "Long", "Double", "Integer", "Override", "Record", "Enum",
            "List", "Map", "Optional", "Objects", "Collections", "ArrayList", "OffsetDateTime", "LocalDateTime", "LocalDate", "JsonNode",
            "Deprecated", "SuppressWarnings", "Class", "System", "Math", "Exception", "RuntimeException",
            "IllegalArgumentException", "Void", "Character", "Number", "Iterable", "CharSequence", "Thread");

    private Names() {}

    public static boolean isValidWireName(String name) {
        return WIRE_NAME.matcher(name).matches();
    }

    public static boolean isValidErrorCode(String code) {
        return ERROR_CODE.matcher(code).matches();
    }

    /**
     * A name a spec may give an error code's enum constant ({@code constant:}): an upper-case letter, then upper-case
     * letters, digits or {@code _}. Keywords are lower case, so none is one.
     */
    public static boolean isValidConstantName(String name) {
        return CONSTANT_NAME.matcher(name).matches() && SourceVersion.isName(name);
    }

    public static boolean isValidServiceName(String name) {
        return SERVICE_NAME.matcher(name).matches();
    }

    public static boolean isValidVersion(String version) {
        return VERSION.matcher(version).matches();
    }

    public static boolean isValidHost(String host) {
        return host.length() <= 253 && HOST.matcher(host).matches();
    }

    /**
     * A dotted Java package name whose every segment is a legal, non-keyword identifier, outside {@code java.*}
     * (which no class loader will define classes in).
     */
    public static boolean isValidPackageName(String name) {
        return SourceVersion.isName(name) && name.chars().allMatch(c -> c < 128)
                && List.of(name.split("\\.")).stream().noneMatch(CONTEXTUAL_KEYWORDS::contains)
                && !name.equals("java") && !name.startsWith("java.");
    }

    /** A word Java reserves ({@code class}, {@code int}, {@code true}...), which no identifier may be. */
    public static boolean isKeyword(String name) {
        return SourceVersion.isKeyword(name);
    }

    /**
     * {@code RunUuid} → {@code runUuid}; {@code URLPath} → {@code urlPath}; a leading acronym is lowercased as a whole
     * ({@code IPv6Addresses} → {@code ipv6Addresses}, {@code CPU} → {@code cpu}, {@code VPCId} → {@code vpcId});
     * keywords get a trailing {@code _}.
     */
    public static String memberName(String wireName) {
        List<String> words = words(wireName);
        StringBuilder name = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.size(); i++) {
            name.append(capitalize(words.get(i).toLowerCase(Locale.ROOT)));
        }
        return escape(name.toString());
    }

    /**
     * The async client method of an action: its method name followed by {@code Async}
     * ({@code GetRunCalls} → {@code getRunCallsAsync}; {@code Default} → {@code defaultAsync}, never escaped). When that
     * is the method of another action of the service ({@code FooAsync} beside {@code Foo}), the action's own name wins
     * and the async variant gets a trailing {@code _}, as a taken name does elsewhere: {@code fooAsync_}. No action's
     * method ends with {@code _} unless it is a keyword, so the result is free whatever order the actions come in.
     *
     * @param actionMethodNames the {@link #memberName} of every action of the service
     */
    public static String asyncMethodName(String actionName, Set<String> actionMethodNames) {
        String name = memberName(actionName + "Async");
        return actionMethodNames.contains(name) ? name + "_" : name;
    }

    /** A class name for a spec type name: the name itself with its first letter upper-cased. */
    public static String typeName(String specName) {
        return capitalize(specName);
    }

    /** {@code omics} → {@code Omics}. */
    public static String classPrefix(String serviceName) {
        return capitalize(serviceName);
    }

    /** {@code omics}, {@code 2022-11-28} → {@code omics.v20221128}. */
    public static String packageSuffix(String serviceName, String version) {
        return serviceName + ".v" + version.replace("-", "");
    }

    /** {@code ResourceNotFound.RunNotExist} → {@code RESOURCE_NOT_FOUND_RUN_NOT_EXIST}. */
    public static String constantName(String code) {
        List<String> parts = new ArrayList<>();
        for (String segment : code.split("\\.")) {
            for (String word : words(segment)) {
                parts.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return String.join("_", parts);
    }

    /**
     * The constant of a code that keeps where its dots were, each as a double {@code _}:
     * {@code InvalidParameterValue.TooLarge} → {@code INVALID_PARAMETER_VALUE__TOO_LARGE}, unlike
     * {@code InvalidParameter.ValueTooLarge} → {@code INVALID_PARAMETER__VALUE_TOO_LARGE}, which {@link #constantName}
     * both makes {@code INVALID_PARAMETER_VALUE_TOO_LARGE}. {@link #constantName} never makes a double {@code _}, so
     * for a dotted code this name is never another code's derived one. The importer gives it to the second of two
     * such codes.
     */
    public static String segmentedConstantName(String code) {
        List<String> segments = new ArrayList<>();
        for (String segment : code.split("\\.")) {
            segments.add(constantName(segment));
        }
        return String.join("__", segments);
    }

    /** Escapes a would-be member name that Java or the generated records reserve. */
    static String escape(String name) {
        if (SourceVersion.isKeyword(name) || CONTEXTUAL_KEYWORDS.contains(name) || RESERVED_MEMBER_NAMES.contains(name)) {
            return name + "_";
        }
        return name;
    }

    /**
     * Splits a wire name into words: at underscores, before an upper-case letter that follows a lower-case
     * letter or digit, and before the last capital of an acronym that starts a new word ({@code URLPath}).
     * An acronym keeps a version ({@code IPv6}, {@code CVSSv2}) and a plural {@code s} ({@code IDs}) as its own,
     * so that it is lowercased as a whole: {@code IPv6Addresses} → {@code ipv6Addresses}, {@code InstanceIDs} →
     * {@code instanceIds}.
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                flush(current, words);
                continue;
            }
            if (Character.isUpperCase(c) && current.length() > 0) {
                char previous = name.charAt(i - 1);
                boolean afterLowerOrDigit = Character.isLowerCase(previous) || Character.isDigit(previous);
                boolean acronymEnds = Character.isUpperCase(previous)
                        && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1))
                        && !versionOrPluralFollows(name, i);
                if (afterLowerOrDigit || acronymEnds) {
                    flush(current, words);
                }
            }
            current.append(c);
        }
        flush(current, words);
        if (words.isEmpty()) {
            words.add("value");
        }
        return words;
    }

    /**
     * Whether the capital at {@code i}, the last of an acronym, is followed by a version ({@code v} and a digit:
     * {@code IPv6}) or a plural {@code s} that ends the word ({@code IDs}, {@code VPCsInfo}): both belong to the acronym.
     * After an {@code I} only an {@code s} that ends the name is a plural ({@code RedirectURIs}): before a capital it is
     * the word {@code Is} ({@code UserIDIsNull}, {@code ProxyIPIsNotEnough}).
     */
    private static boolean versionOrPluralFollows(String name, int i) {
        char next = name.charAt(i + 1);
        boolean hasAfter = i + 2 < name.length();
        if (next == 'v') {
            return hasAfter && Character.isDigit(name.charAt(i + 2));
        }
        if (next != 's') {
            return false;
        }
        if (!hasAfter) {
            return true;
        }
        return !Character.isLowerCase(name.charAt(i + 2)) && name.charAt(i) != 'I';
    }

    private static void flush(StringBuilder current, List<String> words) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
