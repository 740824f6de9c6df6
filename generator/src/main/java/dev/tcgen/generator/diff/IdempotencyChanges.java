package dev.tcgen.generator.diff;

import dev.tcgen.generator.model.Idempotency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a change of an action's {@link Idempotency} reaches callers. Losing safety is breaking: a call whose outcome
 * is unknown (sent, then a timeout, a reset or a 5xx) used to be sent again and now fails with that error, so calls
 * that a retry rescued fail at run time. Gaining it is compatible (calls are retried that failed before), and so is a
 * change that keeps the action as safe as it was: another token field, or a key now declared that says what was
 * inferred.
 */
final class IdempotencyChanges {

    private IdempotencyChanges() {}

    static List<Change> between(String subject, Idempotency old, Idempotency now) {
        if (old.safeToRepeat() && !now.safeToRepeat()) {
            return List.of(new Change(Change.Severity.BREAKING, "retry-safety-lost", subject,
                    "no longer sent again after an unknown outcome (sent, then a timeout, reset or 5xx), so such calls now"
                            + " fail: was " + old.explanation() + ", now " + now.explanation()));
        }
        if (!old.safeToRepeat() && now.safeToRepeat()) {
            return List.of(compatible("retry-safety-gained", subject, "now sent again after an unknown outcome: was "
                    + old.explanation() + ", now " + now.explanation()));
        }
        List<Change> changes = new ArrayList<>();
        if (old.idempotent() != now.idempotent()) {
            changes.add(compatible("idempotent-changed", subject, "idempotent " + old.idempotent() + " -> "
                    + now.idempotent() + "; still safe to repeat: " + now.explanation()));
        }
        if (!Objects.equals(old.idempotencyToken(), now.idempotencyToken())) {
            changes.add(compatible("idempotency-token-changed", subject, "idempotency token " + token(old) + " -> "
                    + token(now) + " (the field the client fills when unset); still safe to repeat: " + now.explanation()));
        }
        if (changes.isEmpty() && (old.idempotentDeclared() != now.idempotentDeclared() || old.tokenDeclared() != now.tokenDeclared())) {
            changes.add(compatible("idempotency-declaration-changed", subject, "retry safety unchanged, now "
                    + now.explanation() + " (was " + old.explanation() + ")"));
        }
        return List.copyOf(changes);
    }

    private static String token(Idempotency idempotency) {
        return idempotency.idempotencyToken() == null ? "none" : idempotency.idempotencyToken();
    }

    private static Change compatible(String rule, String subject, String message) {
        return new Change(Change.Severity.COMPATIBLE, rule, subject, message);
    }
}
