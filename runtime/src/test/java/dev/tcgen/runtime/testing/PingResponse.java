package dev.tcgen.runtime.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
}
