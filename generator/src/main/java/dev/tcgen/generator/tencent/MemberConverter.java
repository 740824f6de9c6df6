package dev.tcgen.generator.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.generator.model.LocalTimes;
import dev.tcgen.generator.model.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the members of one Tencent object into spec fields: maps the types, keeps {@code required} where the
 * spec has it, and turns member examples into typed values. What does not fit becomes an {@link ImportNote}.
 */
final class MemberConverter {

    /** Where an object is used decides whether {@code required} means anything in the spec. */
    enum Role {
        REQUEST,
        RESPONSE,
        DATA
    }

    private static final Set<String> KNOWN_KEYS = Set.of(
            "name", "type", "member", "required", "document", "example", "disabled", "output_required", "value_allowed_null");

    private static final Set<String> INTEGERS = Set.of("int", "int32", "int64", "uint", "uint32", "uint64");

    private static final Set<String> SCALARS = Set.of("string", "timestamp", "datetime", "date", "integer", "float", "boolean");

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The spec names of the data types, by the source's object name (they differ where a name was taken). */
    private final Map<String, String> typeNames;
    private final List<ImportNote> notes;

    MemberConverter(Map<String, String> typeNames, List<ImportNote> notes) {
        this.typeNames = typeNames;
        this.notes = notes;
    }

    List<SpecDocument.Field> fields(String owner, JsonNode object, Role role) {
        Map<String, JsonNode> kept = keptByJavaName(object.path("members"));
        List<SpecDocument.Field> fields = new ArrayList<>();
        Set<String> wireNames = new HashSet<>();
        Set<String> javaNames = new HashSet<>();
        for (JsonNode member : object.path("members")) {
            convert(owner, member, role, kept, wireNames, javaNames).ifPresent(fields::add);
        }
        return List.copyOf(fields);
    }

    /**
     * For each Java name the members need, the member that gets it. Tencent sometimes keeps a retired spelling
     * beside the current one ({@code InstanceID}, disabled, beside {@code InstanceId}); the two cannot both be
     * record components, so the first member that is not disabled is kept, wherever it stands, and the first
     * member otherwise. Invalid and repeated wire names take no part: they are dropped anyway.
     */
    private static Map<String, JsonNode> keptByJavaName(JsonNode members) {
        Map<String, JsonNode> kept = new HashMap<>();
        Set<String> wireNames = new HashSet<>();
        for (JsonNode member : members) {
            String name = member.path("name").asText("");
            if (!Names.isValidWireName(name) || !wireNames.add(name)) {
                continue;
            }
            kept.merge(Names.memberName(name), member,
                    (first, next) -> isDisabled(first) && !isDisabled(next) ? next : first);
        }
        return kept;
    }

    private static boolean isDisabled(JsonNode member) {
        return member.path("disabled").asBoolean(false);
    }

    private Optional<SpecDocument.Field> convert(String owner, JsonNode member, Role role, Map<String, JsonNode> kept,
            Set<String> wireNames, Set<String> javaNames) {
        String name = member.path("name").asText("");
        String where = owner + "." + name;
        if (!Names.isValidWireName(name)) {
            note("member name is not a valid spec field name (a letter, then letters, digits or '_'); member dropped", where);
            return Optional.empty();
        }
        if (!wireNames.add(name)) {
            note("member is listed twice; the second dropped", where);
            return Optional.empty();
        }
        String javaName = Names.memberName(name);
        JsonNode keeper = kept.get(javaName);
        if (keeper != member && isDisabled(member) && !isDisabled(keeper)) {
            note("member is disabled and needs the Java name of an enabled member; the disabled one dropped",
                    where + " (kept: " + keeper.path("name").asText() + ")");
            return Optional.empty();
        }
        String type = specType(member, where);
        List<String> claims = switch (type) {
            case "timestamp" -> List.of(javaName, javaName + "AsDateTime");
            case "datetime" -> List.of(javaName, javaName + "AsDateTime", javaName + "AsLocalDateTime");
            case "date" -> List.of(javaName, javaName + "AsDate");
            default -> List.of(javaName);
        };
        if (claims.stream().anyMatch(javaNames::contains)) {
            note("member needs a Java name another member of the object already has; member dropped", where);
            return Optional.empty();
        }
        javaNames.addAll(claims);

        member.fieldNames().forEachRemaining(key -> {
            if (!KNOWN_KEYS.contains(key)) {
                note("member attribute '" + key + "' has no place in the spec; dropped", where);
            }
        });
        boolean required = member.path("required").asBoolean(false);
        if (required && role == Role.RESPONSE) {
            note("'required' on a response member has no place in the spec; dropped", where);
            required = false;
        }
        if (member.path("disabled").asBoolean(false)) {
            note("member is marked disabled; kept, as the spec cannot mark a field disabled", where);
        }
        if (member.path("output_required").asBoolean(false)) {
            note("member is always returned (output_required); the spec cannot say so", where);
        }
        if (member.has("value_allowed_null") && !member.path("value_allowed_null").asBoolean(true)) {
            note("member is never null (value_allowed_null: false); the spec treats every field as nullable", where);
        }
        if (member.path("member").asText().equals("uint64")) {
            note("uint64 member became integer (signed 64-bit); values above 9223372036854775807 would not fit", where);
        }
        String description = text(member.path("document"));
        Object example = example(member.path("example"), type, where);
        boolean sensitive = SensitiveNames.isSecret(name, type);
        if (sensitive) {
            note("member is named like a secret (password, key, token); marked sensitive: toString prints ***"
                    + " and wire logs mask it", where);
        }
        return Optional.of(new SpecDocument.Field(name, type, required, description, example, sensitive));
    }

    private String specType(JsonNode member, String where) {
        String type = member.path("type").asText("");
        String element = member.path("member").asText("");
        switch (type) {
            case "list":
                return "list<" + elementType(element, where) + ">";
            case "object":
                return elementType(element, where);
            case "string":
                return element.equals("datetime_iso") ? "timestamp" : elementType(element.isEmpty() ? "string" : element, where);
            case "int":
                return "integer"; // int, int64 and uint64 alike: the spec has one 64-bit integer
            case "float":
            case "double":
                return "float";
            case "bool":
                return "boolean";
            default:
                note("member type '" + type + "' is unknown; imported as string", where);
                return "string";
        }
    }

    private String elementType(String element, String where) {
        if (element.equals("string")) {
            return "string";
        }
        if (element.equals("datetime_iso")) {
            return "timestamp";
        }
        if (element.equals("datetime") || element.equals("date")) {
            return element; // no offset: read as Beijing time by the typed accessors
        }
        if (INTEGERS.contains(element)) {
            return "integer";
        }
        if (element.equals("float") || element.equals("double")) {
            return "float";
        }
        if (element.equals("bool") || element.equals("boolean")) {
            return "boolean";
        }
        String typeName = typeNames.get(element);
        if (typeName != null) {
            return typeName;
        }
        note("member refers to '" + element + "', which is neither a known scalar nor an object of the source; imported as string", where);
        return "string";
    }

    /** The member's example as the spec can hold it: a scalar of the field's type, or nothing. */
    private Object example(JsonNode node, String type, String where) {
        String text = node.isMissingNode() || node.isNull() ? "" : node.asText().trim();
        if (text.isEmpty()) {
            return null;
        }
        if (type.startsWith("list<") || !SCALARS.contains(type)) {
            note("member example of a list or object has no place in the spec (action examples show them); dropped", where);
            return null;
        }
        Object value = switch (type) {
            case "timestamp" -> isTimestamp(text) ? text : null;
            case "datetime" -> LocalTimes.isDateTime(text) ? text : null;
            case "date" -> LocalTimes.isDate(text) ? text : null;
            case "integer" -> parseLong(text);
            case "float" -> DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
            case "boolean" -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                    ? Boolean.valueOf(text.toLowerCase(Locale.ROOT)) : null;
            default -> node.asText();
        };
        if (value == null) {
            note("member example is not a valid " + type + "; dropped", where);
        }
        return value;
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isTimestamp(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String text(JsonNode node) {
        String text = node.isMissingNode() || node.isNull() ? "" : node.asText().replace("\r\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }

    private void note(String what, String where) {
        notes.add(new ImportNote(what, where));
    }
}
