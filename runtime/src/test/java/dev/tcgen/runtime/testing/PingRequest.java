package dev.tcgen.runtime.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The request of {@code Ping}.
 *
 * @param token what the server may echo (JSON {@code Token}, required)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PingRequest(@JsonProperty("Token") String token) {
    public PingRequest {
        if (token == null) {
            throw new IllegalArgumentException("PingRequest: Token (token) is required");
        }
    }

    /** Writes the request as generated writers do. */
    public static void writeJson(JsonGenerator out, PingRequest value) throws IOException {
        out.writeStartObject();
        out.writeStringField("Token", value.token());
        out.writeEndObject();
    }
}
