package dev.tcgen.generator.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Small service specs made from scratch: a few data types, actions and error codes whose names come from a
 * pool that is mostly ordinary and partly hostile, so that many specs are valid (and reach the emitters and
 * javac) while the rest exercise the naming rules.
 */
final class SmallSpecs {

    private SmallSpecs() {}

    private static final List<String> ORDINARY = List.of(
            "RunUuid", "Path", "ProjectId", "Name", "Status", "Items", "Total", "CreatedAt", "Value", "Id", "URLPath",
            "IPv6Address", "HTTPSEnabled", "Limit", "Offset", "X", "A1", "a_b", "Data", "Tags", "Meta");

    private static final List<String> HOSTILE_FIELDS = List.of(
            "record", "var", "yield", "sealed", "permits", "class", "Class", "String", "Object", "Builder", "builder",
            "build", "toBuilder", "ToString", "HashCode", "GetClass", "Equals", "Wait", "Notify", "Clone", "Finalize",
            "RequestId", "RunUUID", "Run_UUID", "runUuid", "_", "Default", "Null", "True", "Enum", "Interface",
            "Größe", "名字", "Size", "Value_", "Value__", "Builder_");

    private static final List<String> TYPE_NAMES = List.of(
            "RunMetadata", "Item", "Tag", "Page", "Node", "Builder", "String", "Object", "Override", "Record", "List",
            "Map", "Optional", "Objects", "record", "var", "foo", "Foo", "OmicsClient", "OmicsException",
            "OmicsErrorCode", "GetThingRequest", "GetThingResponse", "JsonValues", "CommonErrorCode", "Error",
            "Response", "Deprecated", "FunctionalInterface", "SafeVarargs", "Größe", "Data", "Collectors", "Arrays",
            "ArrayList", "HashMap", "Set", "Collections", "JsonProperty", "JsonInclude", "Modifier", "Generated");

    private static final List<String> ACTION_NAMES = List.of(
            "GetThing", "ListThings", "DescribeRuns", "Close", "Builder", "GetRunCalls", "Record", "Var", "Yield",
            "Wait", "HashCode", "ToString", "GetClass", "Equals", "Run", "GetThingAsync", "Größe", "getThing");

    private static final List<String> ERROR_CODES = List.of(
            "ResourceNotFound", "ResourceNotFound.RunNotExist", "InvalidParameter.Path", "Unknown", "UNKNOWN",
            "Unknown.Thing", "FailedOperation", "Failed.Operation", "FailedOperation_", "RunUUID.Bad", "RunUuid.Bad",
            "InternalError", "AuthFailure", "Class", "Record.Var", "Values", "ValueOf", "Größe");

    private static final List<String> PRIMITIVES = List.of("string", "boolean", "integer", "float", "timestamp", "json");

    /** @param hostileShare out of 10, how often a name comes from the hostile pool */
    static Arbitrary<Map<String, Object>> specs(int hostileShare) {
        Arbitrary<String> fieldNames = Arbitraries.frequencyOf(
                FuzzValues.weighted(10 - hostileShare, Arbitraries.of(ORDINARY)),
                FuzzValues.weighted(hostileShare, Arbitraries.of(HOSTILE_FIELDS)));
        Arbitrary<List<String>> typeNames = (hostileShare <= 1 ? Arbitraries.of("RunMetadata", "Item", "Tag", "Page", "Node")
                : Arbitraries.of(TYPE_NAMES)).list().uniqueElements().ofMaxSize(3);
        return typeNames.flatMap(types -> Combinators.combine(
                        Arbitraries.of("omics", "thing", "cvm", "a1"),
                        Arbitraries.frequencyOf(
                                        FuzzValues.weighted(10 - hostileShare, Arbitraries.of("GetThing", "ListThings", "DescribeRuns")),
                                        FuzzValues.weighted(hostileShare, Arbitraries.of(ACTION_NAMES)))
                                .list().ofMaxSize(3),
                        fields(fieldNames, types, true).list().ofMinSize(types.size()).ofMaxSize(types.size()),
                        fields(fieldNames, types, true).list().ofMinSize(3).ofMaxSize(3),
                        fields(fieldNames, types, false).list().ofMinSize(3).ofMaxSize(3),
                        Arbitraries.frequencyOf(
                                        FuzzValues.weighted(10 - hostileShare, Arbitraries.of("ResourceNotFound.RunNotExist", "InvalidParameter.Path")),
                                        FuzzValues.weighted(hostileShare, Arbitraries.of(ERROR_CODES)))
                                .list().uniqueElements().ofMaxSize(4))
                .as((service, actions, typeFields, requests, responses, errors) ->
                        spec(service, types, typeFields, actions, requests, responses, errors)));
    }

    private static Arbitrary<Map<String, Object>> fields(Arbitrary<String> names, List<String> types, boolean request) {
        List<String> typeTexts = new ArrayList<>(PRIMITIVES);
        for (String type : types) {
            typeTexts.add(type);
            typeTexts.add("list<" + type + ">");
        }
        typeTexts.add("list<string>");
        typeTexts.add("list<list<integer>>");
        Arbitrary<Map<String, Object>> field = Combinators.combine(
                        Arbitraries.of(typeTexts), Arbitraries.of(true, false), Arbitraries.of("A field.", "", "*/ @param <b> \\u000a"))
                .as((type, required, description) -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("type", type);
                    if (request && required) {
                        map.put("required", true);
                    }
                    map.put("description", description);
                    return map;
                });
        return Combinators.combine(names.list().ofMaxSize(4), field.list().ofMinSize(4).ofMaxSize(4)).as((fieldNames, specs) -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < fieldNames.size(); i++) {
                map.put(fieldNames.get(i), specs.get(i));
            }
            return map;
        });
    }

    private static Map<String, Object> spec(String service, List<String> types, List<Map<String, Object>> typeFields,
            List<String> actions, List<Map<String, Object>> requests, List<Map<String, Object>> responses, List<String> errors) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("tcgen", 1);
        Map<String, Object> serviceMap = new LinkedHashMap<>();
        serviceMap.put("name", service);
        serviceMap.put("version", "2022-11-28");
        serviceMap.put("host", service + ".tencentcloudapi.com");
        serviceMap.put("title", "Fuzz " + service);
        spec.put("service", serviceMap);
        Map<String, Object> actionMap = new LinkedHashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("description", "Does " + actions.get(i) + ".");
            action.put("rateLimit", 20);
            action.put("regionRequired", i % 2 == 0);
            action.put("request", requests.get(i));
            action.put("response", responses.get(i));
            action.put("errors", new ArrayList<>(errors));
            actionMap.put(actions.get(i), action);
        }
        spec.put("actions", actionMap);
        Map<String, Object> typeMap = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("description", "The " + types.get(i) + ".");
            type.put("fields", typeFields.get(i));
            typeMap.put(types.get(i), type);
        }
        spec.put("types", typeMap);
        Map<String, Object> errorMap = new LinkedHashMap<>();
        for (String code : errors) {
            if (!code.equals("InternalError") && !code.equals("AuthFailure")) {
                errorMap.put(code, "When " + code + " happens.");
            }
        }
        spec.put("errors", errorMap);
        return spec;
    }
}
