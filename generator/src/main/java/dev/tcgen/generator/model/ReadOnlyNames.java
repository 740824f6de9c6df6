package dev.tcgen.generator.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which actions are read-only by their names, and so safe to send again when an attempt's outcome is unknown.
 * Tencent names reads {@code Describe…}, {@code Get…}, {@code List…}, {@code Query…} and {@code Inquiry…}/{@code
 * Inquire…} (price inquiries); a survey of all 296 service versions of Tencent's command-line tool found these to
 * be reads, with the few exceptions below, which are inferred as not idempotent. A spec's {@code idempotent} key
 * overrides either answer.
 */
public final class ReadOnlyNames {

    /** The first words of read-only action names; the word must end there (a capital, a digit or the name's end). */
    public static final List<String> PREFIXES = List.of("Describe", "Get", "List", "Query", "Inquiry", "Inquire");

    /** {@code service:Action} named like reads that change state, with what they do; from the corpus survey. */
    private static final Map<String, String> CHANGE_STATE = Map.of(
            "cpdp:QueryMemberTransaction", "it moves money between member accounts",
            "rum:DescribeRumLogExportV2", "it creates a log export");

    private ReadOnlyNames() {}

    /** Whether the action of the service is inferred to be read-only: a read's prefix, and not a known exception. */
    public static boolean isReadOnly(String service, String action) {
        return hasReadPrefix(action) && stateChangeDespiteName(service, action).isEmpty();
    }

    /** Whether the action's first word is one of {@link #PREFIXES}. */
    public static boolean hasReadPrefix(String action) {
        for (String prefix : PREFIXES) {
            if (action.startsWith(prefix) && (action.length() == prefix.length()
                    || !Character.isLowerCase(action.charAt(prefix.length())))) {
                return true;
            }
        }
        return false;
    }

    /** What an action named like a read does to state, when it is a known exception; empty otherwise. */
    public static Optional<String> stateChangeDespiteName(String service, String action) {
        return Optional.ofNullable(CHANGE_STATE.get(service + ":" + action));
    }
}
