package dev.tcgen.generator.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.generator.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks a service version's own codes from an error-code list in the format of Tencent's API error centre: a JSON
 * list of {@code {productName, productVersion, code, description, solution, productCNName}}. The list may be
 * Tencent's whole one (every product; {@code PLATFORM} marks the common codes) or one product's; an entry
 * without {@code productName} or {@code productVersion} belongs to the service being imported.
 */
final class ErrorCodeList {

    /** The product name under which Tencent lists the codes every service shares. */
    static final String COMMON_PRODUCT = "PLATFORM";

    /** The note on a code written with an explicit {@code constant:}; one kind of note, whatever the constants. */
    static final String CONSTANT_GIVEN = "error code would take the Java constant of another code; given one of its own with 'constant'";

    private final SpecDocument.Service service;
    private final List<ImportNote> notes;

    ErrorCodeList(SpecDocument.Service service, List<ImportNote> notes) {
        this.service = service;
        this.notes = notes;
    }

    /**
     * The service version's codes, in list order, each once and each with a Java constant of its own: an explicit one
     * where two would derive the same ({@link DistinctConstants}).
     */
    List<SpecDocument.ErrorCode> codes(JsonNode list) throws ImportException {
        if (list.isMissingNode()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ImportException("error codes: expected a JSON list of {productName, productVersion, code,"
                    + " description, solution} entries, as in Tencent's error-code list");
        }
        Map<String, String> descriptions = new LinkedHashMap<>();
        int common = 0;
        int others = 0;
        Set<String> ownProductVersions = new TreeSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String code = entry.path("code").asText("");
            if (!entry.isObject() || code.isEmpty()) {
                note("entry of the error-code list without a 'code'; skipped", "entry " + (i + 1));
                continue;
            }
            String product = entry.path("productName").asText(service.name());
            String version = entry.path("productVersion").asText("");
            if (product.equals(COMMON_PRODUCT)) {
                common++;
                continue;
            }
            if (!product.equals(service.name()) || !(version.isEmpty() || sameVersion(version, service.version()))) {
                others++;
                if (product.equals(service.name())) {
                    ownProductVersions.add(version);
                }
                continue;
            }
            String constant = Names.isValidErrorCode(code) ? Names.constantName(code) : "";
            if (constant.isEmpty() || constant.equals("UNKNOWN")) {
                note("error code is not a valid spec error code; skipped", code);
            } else if (descriptions.containsKey(code)) {
                note("error code listed more than once; the first entry kept", code);
            } else {
                descriptions.put(code, MemberConverter.text(entry.path("description")));
                if (MemberConverter.text(entry.path("solution")) != null) {
                    note("the 'solution' text of an error code has no place in the spec; dropped", code);
                }
            }
        }
        Map<String, String> constants = new HashMap<>();
        for (DistinctConstants.Given given : DistinctConstants.of(descriptions.keySet())) {
            constants.put(given.code(), given.constant());
            note(CONSTANT_GIVEN, given.code() + " (constant: " + given.constant() + ", as "
                    + Names.constantName(given.code()) + " is " + given.derivedBy() + "'s)");
        }
        List<SpecDocument.ErrorCode> codes = new ArrayList<>();
        descriptions.forEach((code, description) -> codes.add(new SpecDocument.ErrorCode(code, description, constants.get(code))));
        int own = list.size() - common - others;
        if (common > 0) {
            note("common error codes (productName " + COMMON_PRODUCT + ") are not the service's own; skipped,"
                    + " as tcgen has the common codes built in", common + " of " + list.size() + " entries");
        }
        if (others > 0) {
            note("error codes of other products or versions; skipped", others + " of " + list.size() + " entries ("
                    + own + " are " + service.name() + " " + service.version() + "'s)");
        }
        if (own == 0) {
            note("the error-code list has no codes of this service version; the spec declares none",
                    service.name() + " " + service.version() + (ownProductVersions.isEmpty() ? ""
                            : " (the list has " + service.name() + " " + String.join(", ", ownProductVersions) + ")"));
        }
        return List.copyOf(codes);
    }

    /** {@code 2017-03-12}, {@code 20170312} and {@code v20170312} name one version. */
    private static boolean sameVersion(String listed, String version) {
        return listed.replaceAll("[^0-9]", "").equals(version.replaceAll("[^0-9]", ""));
    }

    private void note(String what, String where) {
        notes.add(new ImportNote(what, where));
    }
}
