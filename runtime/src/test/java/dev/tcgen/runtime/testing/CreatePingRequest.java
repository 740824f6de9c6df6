package dev.tcgen.runtime.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The request of {@code CreatePing}, an action with an idempotency token.
 *
 * @param token what the server may echo (JSON {@code Token}, required)
 * @param clientToken the idempotency token (JSON {@code ClientToken}); the client fills it when null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatePingRequest(@JsonProperty("Token") String token, @JsonProperty("ClientToken") String clientToken) {
    public CreatePingRequest {
        if (token == null) {
            throw new IllegalArgumentException("CreatePingRequest: Token (token) is required");
        }
    }

    /** Writes the request as generated writers do. */
    public static void writeJson(JsonGenerator out, CreatePingRequest value) throws IOException {
        out.writeStartObject();
        out.writeStringField("Token", value.token());
        if (value.clientToken() != null) {
            out.writeStringField("ClientToken", value.clientToken());
        }
        out.writeEndObject();
    }
}
