package dev.tcgen.generator.model;

import dev.tcgen.generator.spec.Diagnostics;
import dev.tcgen.generator.spec.DidYouMean;
import dev.tcgen.generator.spec.RawSpec;
import dev.tcgen.generator.spec.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * Decides an action's {@link Idempotency}: the spec's {@code idempotent} and {@code idempotencyToken} keys where
 * given, the action's name and its {@code ClientToken} field otherwise; reports a token that names no top-level
 * string request field.
 */
final class IdempotencyResolver {

    private final Diagnostics diagnostics;

    IdempotencyResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param service the service's name, for the exceptions to the read-only names
     * @param requestFields the request fields the model kept; fields the reader or the model had to drop were reported
     */
    Idempotency resolve(String service, RawSpec.Action raw, List<Field> requestFields) {
        String action = raw.name().value();
        boolean idempotent = raw.idempotent() != null
                ? raw.idempotent().value()
                : ReadOnlyNames.isReadOnly(service, action);
        if (raw.idempotencyToken() == null) {
            String inferred = requestFields.stream()
                    .filter(f -> f.wireName().equals(Idempotency.CLIENT_TOKEN) && f.type() == FieldType.Primitive.STRING)
                    .findFirst().map(Field::wireName).orElse(null);
            return new Idempotency(idempotent, raw.idempotent() != null, inferred, false);
        }
        String token = raw.idempotencyToken().value();
        if (token != null) {
            check(raw, token, requestFields);
        }
        return new Idempotency(idempotent, raw.idempotent() != null, token, true);
    }

    private void check(RawSpec.Action raw, String token, List<Field> requestFields) {
        String what = "idempotencyToken '" + token + "' of action '" + raw.name().value() + "'";
        SourceLocation at = raw.idempotencyToken().location();
        Optional<Field> field = requestFields.stream().filter(f -> f.wireName().equals(token)).findFirst();
        if (field.isPresent()) {
            if (field.get().type() != FieldType.Primitive.STRING) {
                diagnostics.error(at, what + " names a field of type " + field.get().type().specName()
                        + "; the token must be a string field, which the client fills with a fresh value per call");
            }
            return;
        }
        if (raw.request().stream().anyMatch(f -> f.name().value().equals(token))) {
            return; // declared, but dropped for a problem already reported
        }
        if (raw.request().isEmpty()) {
            diagnostics.error(at, what + " names a request field, but the action has no request fields;"
                    + " declare the field under 'request', or remove the key");
            return;
        }
        String hint = DidYouMean.closest(token, raw.request().stream().map(f -> f.name().value()).toList())
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; it must be the wire name of a top-level string request field");
        diagnostics.error(at, what + " is not a request field of the action" + hint);
    }
}
