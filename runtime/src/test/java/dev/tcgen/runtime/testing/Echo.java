package dev.tcgen.runtime.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One echo in a {@code Ping} response.
 *
 * @param token the token echoed (JSON {@code Token})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Echo(@JsonProperty("Token") String token) {
}
