package dev.tcgen.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.Tc3Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Sends a hand-made, correctly signed request, for what the typed client will not send (unknown
 * parameters, wrong types, unknown actions) and for requests altered after signing.
 */
public final class SignedPost {

    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SignedPost() {}

    /** The {@code Response} object the server answered with. */
    public static JsonNode send(URI endpoint, Credentials credentials, String action, String body) throws IOException, InterruptedException {
        return send(endpoint, credentials, action, body, body);
    }

    /** Signs {@code signedBody} but sends {@code sentBody}. */
    public static JsonNode send(URI endpoint, Credentials credentials, String action, String signedBody, String sentBody)
            throws IOException, InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        String authorization = new Tc3Signer("omics").authorization(credentials, timestamp, "POST", "",
                Map.of("Content-Type", CONTENT_TYPE, "Host", host), signedBody.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(sentBody))
                .header("Authorization", authorization)
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", "2022-11-28")
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("Response");
    }
}
