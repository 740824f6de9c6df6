package dev.tcgen.runtime.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tcgen.runtime.internal.JsonFields;
import java.io.IOException;

/**
 * One echo in a {@code Ping} response.
 *
 * @param token the token echoed (JSON {@code Token})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Echo(@JsonProperty("Token") String token) {

    /** Reads an echo as generated readers do. */
    public static Echo readJson(JsonParser in) throws IOException {
        JsonFields.expectObject(in);
        String token = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            in.nextToken();
            switch (in.currentName()) {
                case "Token" -> token = JsonFields.readString(in);
                default -> in.skipChildren();
            }
        }
        return new Echo(token);
    }
}
