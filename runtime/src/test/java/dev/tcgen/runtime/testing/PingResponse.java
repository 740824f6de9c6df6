package dev.tcgen.runtime.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tcgen.runtime.internal.JsonFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The response of {@code Ping}.
 *
 * @param echoes what the server echoed (JSON {@code Echoes}); empty when absent
 * @param requestId the server's RequestId (JSON {@code RequestId})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PingResponse(
        @JsonProperty("Echoes") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Echo> echoes,
        @JsonProperty("RequestId") String requestId) {
    public PingResponse {
        echoes = echoes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(echoes));
    }

    /** Reads the {@code Response} object as generated readers do. */
    public static PingResponse readJson(JsonParser in) throws IOException {
        JsonFields.expectObject(in);
        List<Echo> echoes = null;
        String requestId = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            in.nextToken();
            switch (in.currentName()) {
                case "Echoes" -> echoes = JsonFields.readList(in, Echo::readJson);
                case "RequestId" -> requestId = JsonFields.readString(in);
                default -> in.skipChildren();
            }
        }
        return new PingResponse(echoes, requestId);
    }
}
