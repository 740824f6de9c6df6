package dev.tcgen.generator.model;

/**
 * Whether an action may be sent again when the outcome of an attempt is unknown (it was sent, then a timeout, a
 * reset or a 502/503/504), and where each part of that answer came from.
 *
 * @param idempotent whether repeating the action has the effect of sending it once: the spec's {@code idempotent}
 *     key, else whether the action is read-only by name ({@link ReadOnlyNames})
 * @param idempotentDeclared whether {@code idempotent} is the spec's key rather than inferred from the name
 * @param idempotencyToken the wire name of the top-level string request field that makes a repeat harmless (the
 *     client fills it once per call when the caller leaves it unset): the spec's {@code idempotencyToken} key, else
 *     a string request field {@code ClientToken}; null when the action has none
 * @param tokenDeclared whether {@code idempotencyToken} is the spec's key (a field, or {@code false} for none)
 *     rather than inferred from a {@code ClientToken} field
 */
public record Idempotency(boolean idempotent, boolean idempotentDeclared, String idempotencyToken, boolean tokenDeclared) {

    /** The request field that is an idempotency token unless the spec says otherwise. */
    public static final String CLIENT_TOKEN = "ClientToken";

    /** Whether an attempt whose outcome is unknown may be sent again: idempotent, or protected by a token. */
    public boolean safeToRepeat() {
        return idempotent || idempotencyToken != null;
    }

    /** Why the action is or is not safe to repeat, in words, e.g. {@code "read-only by name; no idempotency token"}. */
    public String explanation() {
        String first = idempotentDeclared
                ? "declared idempotent: " + idempotent
                : idempotent ? "read-only by name" : "not read-only by name";
        String second;
        if (idempotencyToken == null) {
            second = tokenDeclared ? "declared idempotencyToken: false" : "no idempotency token";
        } else {
            second = "idempotency token " + idempotencyToken + (tokenDeclared ? " (declared)" : " (a string ClientToken field)");
        }
        return first + "; " + second;
    }
}
