package dev.tcgen.generator.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Service;
import java.util.List;

/** The common request headers of Tencent Cloud API 3.0, as reusable OpenAPI parameters. */
final class HeaderParameters {

    static final String VERSION = "X-TC-Version";
    static final String TIMESTAMP = "X-TC-Timestamp";
    static final String REGION_REQUIRED = "X-TC-Region";
    static final String REGION_OPTIONAL = "X-TC-Region.optional";
    static final String TOKEN = "X-TC-Token";
    static final String LANGUAGE = "X-TC-Language";

    private HeaderParameters() {}

    /** The component names of the parameters an action's operation uses, besides X-TC-Action. */
    static List<String> forAction(Action action) {
        return List.of(VERSION, TIMESTAMP, action.regionRequired() ? REGION_REQUIRED : REGION_OPTIONAL, TOKEN, LANGUAGE);
    }

    static void addTo(ObjectNode parameters, Service service) {
        header(parameters, VERSION, "X-TC-Version", true, "The API version: always " + service.version() + ".")
                .putObject("schema").put("type", "string").putArray("enum").add(service.version());
        header(parameters, TIMESTAMP, "X-TC-Timestamp", true,
                "The current Unix time in seconds; it must be within five minutes of the server's and is part of the signature.")
                .putObject("schema").put("type", "integer").put("format", "int64");
        header(parameters, REGION_REQUIRED, "X-TC-Region", true, "The region, e.g. ap-guangzhou; this action requires one.")
                .putObject("schema").put("type", "string");
        header(parameters, REGION_OPTIONAL, "X-TC-Region", false, "The region, e.g. ap-guangzhou; this action does not require one.")
                .putObject("schema").put("type", "string");
        header(parameters, TOKEN, "X-TC-Token", false, "The session token of temporary (STS) credentials.")
                .putObject("schema").put("type", "string");
        header(parameters, LANGUAGE, "X-TC-Language", false, "The language of messages.")
                .putObject("schema").put("type", "string").putArray("enum").add("zh-CN").add("en-US");
    }

    private static ObjectNode header(ObjectNode parameters, String key, String name, boolean required, String description) {
        return parameters.putObject(key)
                .put("name", name)
                .put("in", "header")
                .put("required", required)
                .put("description", description);
    }
}
