package dev.tcgen.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.CredentialsException;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One call of Tencent Cloud's STS ({@code sts}, version {@code 2018-08-13}) that answers temporary credentials:
 * {@code AssumeRole}, signed TC3-HMAC-SHA256 with the caller's credentials, or {@code AssumeRoleWithWebIdentity},
 * sent with {@code Authorization: SKIP} and no {@code X-TC-Token} as its documentation asks. Thread-safe.
 *
 * <p>The answer's {@code Credentials {TmpSecretId, TmpSecretKey, Token}} becomes one {@link Credentials}, so
 * the three always come from one answer. A failure says what failed: STS's code, message and RequestId, an HTTP
 * status, or the connection; never a secret.
 */
public final class StsExchange {

    /** Where STS is unless told otherwise. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://sts.tencentcloudapi.com");

    /** The STS API version both actions belong to. */
    public static final String VERSION = "2018-08-13";

    private static final String SERVICE = "sts";

    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final int MAX_MESSAGE_LENGTH = 300;

    private final URI endpoint;

    private final String host;

    private final Clock clock;

    private final Tc3Signer signer = new Tc3Signer(SERVICE);

    private final CredentialsHttp http;

    /**
     * @param endpoint an http(s) URL without a path, e.g. {@link #DEFAULT_ENDPOINT}
     * @param clock the source of request timestamps
     * @param timeout the longest wait for a connection, and again for the answer
     * @param proxies where requests go through
     */
    public StsExchange(URI endpoint, Clock clock, Duration timeout, ProxySelector proxies) {
        Objects.requireNonNull(endpoint, "endpoint");
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the STS endpoint must be an http or https URL with a host, not " + endpoint);
        }
        this.endpoint = URI.create(scheme.toLowerCase(Locale.ROOT) + "://" + endpoint.getRawAuthority() + "/");
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || port == (scheme.equalsIgnoreCase("https") ? 443 : 80);
        this.host = defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + port;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new CredentialsHttp(timeout, proxies);
    }

    /**
     * Where requests go.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * {@code action} with {@code parameters}, signed with {@code signWith} (its token sent as {@code X-TC-Token}),
     * or, for a null {@code signWith}, with {@code Authorization: SKIP}.
     *
     * @param action the STS action, e.g. {@code AssumeRole}
     * @param region sent as {@code X-TC-Region}; null or blank for none
     * @param parameters the request's JSON fields; values are strings or numbers
     * @param secretParameters names of parameters whose values are secret (e.g. {@code WebIdentityToken}): STS's
     *     message is cleared of them before it goes into an exception
     * @param signWith the credentials to sign with, or null for an unsigned request
     * @return the credentials STS answered with and their expiry
     * @throws CredentialsException saying what failed
     */
    public ExpiringCredentials call(String action, String region, Map<String, Object> parameters, Set<String> secretParameters,
            Credentials signWith) {
        byte[] body;
        try {
            body = JsonTrees.MAPPER.writeValueAsBytes(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the " + action + " parameters cannot be written as JSON", e);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder request = http.request(endpoint)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Timestamp", Long.toString(timestamp));
        if (region != null && !region.isBlank()) {
            request.header("X-TC-Region", region.strip());
        }
        if (signWith == null) {
            request.header("Authorization", "SKIP");
        } else {
            request.header("Authorization", signer.authorization(signWith, timestamp, "POST", "",
                    Map.of("Content-Type", CONTENT_TYPE, "Host", host), body));
            signWith.token().ifPresent(token -> request.header("X-TC-Token", token));
        }
        String what = "STS " + action + " at " + endpoint;
        CredentialsHttp.Answer answer;
        try {
            answer = http.send(request.build(), what);
        } catch (IOException e) {
            throw new CredentialsException(what + " failed: " + CredentialsHttp.describe(e, endpoint), e);
        }
        if (answer.status() != 200) {
            throw new CredentialsException(what + " answered HTTP " + answer.status());
        }
        List<String> secrets = new ArrayList<>();
        secretParameters.forEach(name -> secrets.add(String.valueOf(parameters.get(name))));
        if (signWith != null) {
            secrets.add(signWith.secretKey());
            signWith.token().ifPresent(secrets::add);
        }
        return read(what, answer.body(), secrets);
    }

    /** The credentials of a success answer; else the error it carries. */
    private static ExpiringCredentials read(String what, byte[] body, List<String> secrets) {
        JsonNode response;
        try {
            JsonNode root = JsonTrees.MAPPER.readTree(body);
            response = root == null ? null : root.get("Response");
        } catch (IOException e) {
            throw new CredentialsException(what + " answered with a body that is not JSON (" + body.length + " bytes)");
        }
        if (response == null || !response.isObject()) {
            throw new CredentialsException(what + " answered without a \"Response\" object");
        }
        String requestId = text(response.get("RequestId"));
        JsonNode error = response.get("Error");
        if (error != null && !error.isNull()) {
            throw new CredentialsException(what + " failed with " + text(error.get("Code")) + ": "
                    + shortened(text(error.get("Message")), secrets) + " (RequestId " + requestId + ")");
        }
        JsonNode credentials = response.get("Credentials");
        String secretId = credentials == null ? null : text(credentials.get("TmpSecretId"));
        String secretKey = credentials == null ? null : text(credentials.get("TmpSecretKey"));
        String token = credentials == null ? null : text(credentials.get("Token"));
        if (isBlank(secretId) || isBlank(secretKey) || isBlank(token)) {
            throw new CredentialsException(what + " answered without Credentials.TmpSecretId, TmpSecretKey and Token"
                    + " (RequestId " + requestId + ")");
        }
        Instant expiry = expiry(response);
        if (expiry == null) {
            throw new CredentialsException(what + " answered without a readable ExpiredTime or Expiration"
                    + " (RequestId " + requestId + ")");
        }
        return new ExpiringCredentials(Credentials.of(secretId, secretKey, token), expiry);
    }

    /** {@code ExpiredTime} (Unix seconds), else {@code Expiration} (ISO-8601); null when neither is readable. */
    static Instant expiry(JsonNode answer) {
        JsonNode seconds = answer.get("ExpiredTime");
        if (seconds != null && seconds.canConvertToLong() && seconds.asLong() > 0) {
            return Instant.ofEpochSecond(seconds.asLong());
        }
        if (seconds != null && seconds.isTextual() && seconds.asText().strip().matches("[0-9]{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(seconds.asText().strip()));
        }
        String expiration = text(answer.get("Expiration"));
        if (expiration != null) {
            try {
                return OffsetDateTime.parse(expiration.strip()).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Server text kept to one line of bounded length, with any of {@code secrets} it quotes replaced by {@code ***}. */
    static String shortened(String message, List<String> secrets) {
        if (message == null) {
            return "(no message)";
        }
        String line = message;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                line = line.replace(secret, "***");
            }
        }
        line = line.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return line.length() <= MAX_MESSAGE_LENGTH ? line : line.substring(0, MAX_MESSAGE_LENGTH) + "...";
    }

    /** Names the endpoint only. */
    @Override
    public String toString() {
        return "StsExchange[" + endpoint + "]";
    }
}
