package dev.tcgen.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.internal.Tc3Signer;
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
 *
 * <p>The key pair is given as text, not as {@code Credentials}, so that tests of a generated client can hand in
 * what their own copy of the runtime holds.
 */
public final class SignedPost {

    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URI endpoint;
    private final String service;
    private final String version;
    private final Credentials credentials;

    /**
     * @param endpoint where to send, e.g. a sandbox's endpoint
     * @param service the product name to sign for, e.g. {@code omics}
     * @param version sent as X-TC-Version, e.g. {@code 2022-11-28}
     */
    public SignedPost(URI endpoint, String service, String version, String secretId, String secretKey) {
        this.endpoint = endpoint;
        this.service = service;
        this.version = version;
        this.credentials = Credentials.of(secretId, secretKey);
    }

    /** The {@code Response} object the server answered with. */
    public JsonNode send(String action, String body) throws IOException, InterruptedException {
        return send(action, body, body);
    }

    /** Signs {@code signedBody} but sends {@code sentBody}. */
    public JsonNode send(String action, String signedBody, String sentBody) throws IOException, InterruptedException {
        long timestamp = Instant.now().getEpochSecond();
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        String authorization = new Tc3Signer(service).authorization(credentials, timestamp, "POST", "",
                Map.of("Content-Type", CONTENT_TYPE, "Host", host), signedBody.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(sentBody))
                .header("Authorization", authorization)
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("Response");
    }
}
