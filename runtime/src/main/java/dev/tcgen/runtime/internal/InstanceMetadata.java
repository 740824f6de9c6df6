package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.CredentialsException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The CAM role credentials of a CVM instance from its metadata service: {@code GET <endpoint>} answers the role
 * name as text, {@code GET <endpoint><role>} the role's temporary credentials as JSON. Thread-safe.
 *
 * <p>Off Tencent Cloud there is no metadata service; asking it costs a connect timeout each time. So once it
 * could not be reached, this says so at once, without asking, for the {@code absenceMemory} that follows.
 */
public final class InstanceMetadata {

    private final URI endpoint;

    private final String roleName;

    private final Clock clock;

    private final Duration absenceMemory;

    private final CredentialsHttp http;

    private volatile Absence absence;

    /**
     * @param endpoint the credentials folder of the metadata service; a missing final {@code /} is added
     * @param roleName the role to ask for; null to ask the service which role the instance has
     * @param clock decides how long an absence is remembered
     * @param timeout the longest wait for a connection, and again for the answer
     * @param absenceMemory how long an unreachable service is taken to stay unreachable
     */
    public InstanceMetadata(URI endpoint, String roleName, Clock clock, Duration timeout, Duration absenceMemory) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.getScheme() == null || endpoint.getHost() == null
                || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https"))) {
            throw new IllegalArgumentException("the metadata endpoint must be an http(s) URL with a host, not " + endpoint);
        }
        this.endpoint = endpoint.toString().endsWith("/") ? endpoint : URI.create(endpoint + "/");
        this.roleName = roleName == null || roleName.isBlank() ? null : roleName.strip();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.absenceMemory = Objects.requireNonNull(absenceMemory, "absenceMemory");
        // The metadata service is link-local: never through a proxy.
        this.http = new CredentialsHttp(timeout, HttpClient.Builder.NO_PROXY);
    }

    /**
     * The credentials folder asked.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * A fresh set of the instance role's credentials.
     *
     * @throws CredentialsException saying what failed: no metadata service, no role, or the service's answer
     * @return the credentials and their expiry
     */
    public ExpiringCredentials fetch() {
        Absence known = absence;
        if (known != null && clock.instant().isBefore(known.until)) {
            throw new CredentialsException(known.message);
        }
        String role = roleName != null ? roleName : roleName();
        URI uri = endpoint.resolve(role);
        CredentialsHttp.Answer answer = get(uri);
        if (answer.status() == 404) {
            throw new CredentialsException("the CVM metadata service at " + endpoint + " knows no CAM role named "
                    + role + " on this instance (HTTP 404)");
        }
        if (answer.status() != 200) {
            throw new CredentialsException("the CVM metadata service answered HTTP " + answer.status() + " for " + uri);
        }
        return read(role, answer.body());
    }

    /** The role the instance has, the first line of the service's answer. */
    private String roleName() {
        CredentialsHttp.Answer answer = get(endpoint);
        String text = answer.status() == 200 ? new String(answer.body(), StandardCharsets.UTF_8).strip() : "";
        if (answer.status() == 404 || (answer.status() == 200 && text.isEmpty())) {
            throw new CredentialsException("this CVM instance has no CAM role: the metadata service at " + endpoint
                    + " names none (bind a role to the instance, or use another credentials provider)");
        }
        if (answer.status() != 200) {
            throw new CredentialsException("the CVM metadata service answered HTTP " + answer.status() + " for " + endpoint);
        }
        String first = text.lines().findFirst().orElse("").strip();
        if (!first.matches("[A-Za-z0-9_+=,.@-]{1,128}")) {
            throw new CredentialsException("the CVM metadata service at " + endpoint + " answered something that is no role name");
        }
        return first;
    }

    private CredentialsHttp.Answer get(URI uri) {
        HttpRequest request = http.request(uri).GET().build();
        try {
            CredentialsHttp.Answer answer = http.send(request, "the CVM metadata service");
            absence = null;
            return answer;
        } catch (IOException e) {
            String message = "no CVM metadata service at " + endpoint + ": " + CredentialsHttp.describe(e, uri)
                    + " (not on a Tencent Cloud CVM instance?)";
            if (!absenceMemory.isZero() && !absenceMemory.isNegative()) {
                absence = new Absence(clock.instant().plus(absenceMemory), message);
            }
            throw new CredentialsException(message, e);
        }
    }

    /** {@code {"TmpSecretId", "TmpSecretKey", "Token", "ExpiredTime", "Expiration", "Code"}} as one set. */
    private ExpiringCredentials read(String role, byte[] body) {
        JsonNode answer;
        try {
            answer = JsonTrees.MAPPER.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            throw new CredentialsException("the CVM metadata service answered for role " + role + " with something that is not JSON");
        }
        String code = text(answer, "Code");
        if (code != null && !code.equals("Success")) {
            throw new CredentialsException("the CVM metadata service refused the credentials of role " + role
                    + ": Code " + StsExchange.shortened(code, List.of()));
        }
        String secretId = text(answer, "TmpSecretId");
        String secretKey = text(answer, "TmpSecretKey");
        String token = text(answer, "Token");
        if (secretId == null || secretKey == null || token == null) {
            throw new CredentialsException("the CVM metadata service's answer for role " + role
                    + " lacks TmpSecretId, TmpSecretKey or Token");
        }
        Instant expiry = StsExchange.expiry(answer);
        if (expiry == null) {
            throw new CredentialsException("the CVM metadata service's answer for role " + role
                    + " has no readable ExpiredTime or Expiration");
        }
        return new ExpiringCredentials(Credentials.of(secretId, secretKey, token), expiry);
    }

    private static String text(JsonNode answer, String field) {
        JsonNode node = answer.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    /** Names the endpoint and role only. */
    @Override
    public String toString() {
        return "InstanceMetadata[" + endpoint + (roleName == null ? "" : ", role " + roleName) + "]";
    }

    /** The service could not be reached; until when that is assumed to hold. */
    private record Absence(Instant until, String message) {
    }
}
