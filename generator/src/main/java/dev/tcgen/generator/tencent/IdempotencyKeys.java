package dev.tcgen.generator.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.generator.model.Idempotency;
import dev.tcgen.generator.model.ReadOnlyNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The spec keys {@code idempotent} and {@code idempotencyToken} an import writes, each with a note. Read-only names
 * get no key, since the name says it; an action named like a read that is known to change state gets
 * {@code idempotent: false}. A string {@code ClientToken} field gets {@code idempotencyToken: ClientToken}, unless the
 * source marks it disabled or describes it as no longer used: then {@code idempotencyToken: false}, as the server would
 * not deduplicate by it.
 *
 * @param idempotent the {@code idempotent} key, or null for none
 * @param idempotencyToken the {@code idempotencyToken} key (see {@link SpecDocument.Action}), or null for none
 */
record IdempotencyKeys(Boolean idempotent, String idempotencyToken) {

    /** How Tencent's descriptions say that a member is retired: "该字段已不再使用", "已废弃", "deprecated". */
    private static final Pattern RETIRED = Pattern.compile("不再使用|已废弃|废弃|deprecated|no longer used");

    /** How a description says that the server deduplicates by a member: "幂等" (idempotent). */
    private static final Pattern DEDUPLICATES = Pattern.compile("幂等|idempoten");

    /**
     * @param input the action's input object in api.json
     * @param request the request fields the import kept
     */
    static IdempotencyKeys infer(String service, String action, JsonNode input, List<SpecDocument.Field> request,
            List<ImportNote> notes) {
        Boolean idempotent = null;
        Optional<String> stateChange = ReadOnlyNames.stateChangeDespiteName(service, action);
        if (stateChange.isPresent()) {
            idempotent = false;
            notes.add(new ImportNote("named like a read-only action, but known to change state; idempotent: false written",
                    action + " (" + stateChange.get() + ")"));
        }
        String token = null;
        for (JsonNode member : input.path("members")) {
            String name = member.path("name").asText();
            boolean kept = request.stream().anyMatch(f -> f.name().equals(name) && f.type().equals("string"));
            if (!kept) {
                continue;
            }
            String description = MemberConverter.text(member.path("document"));
            String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
            if (name.equals(Idempotency.CLIENT_TOKEN)) {
                if (member.path("disabled").asBoolean(false) || RETIRED.matcher(text).find()) {
                    token = SpecDocument.Action.NO_TOKEN;
                    notes.add(new ImportNote("ClientToken is disabled or described as no longer used, so the server may"
                            + " not deduplicate by it; idempotencyToken: false written", action));
                } else {
                    token = name;
                    notes.add(new ImportNote("ClientToken is the idempotency token (the client fills it once per call when"
                            + " unset and sends it with every attempt); idempotencyToken: ClientToken written", action));
                }
            } else if (DEDUPLICATES.matcher(text).find()) {
                notes.add(new ImportNote("a string member described as idempotent (幂等) is not taken as the idempotency"
                        + " token; set idempotencyToken by hand if the server deduplicates by it", action + "." + name));
            }
        }
        return new IdempotencyKeys(idempotent, token);
    }
}
