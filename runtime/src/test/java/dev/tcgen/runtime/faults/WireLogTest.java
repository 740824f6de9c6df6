package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tcgen.runtime.ClientSettings;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.Operation;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.ServiceDescription;
import dev.tcgen.runtime.TencentCloudException;
import dev.tcgen.runtime.internal.Invoker;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Wire logging as a person reading the logs sees it (through java.util.logging, the default System.Logger backend):
 * a DEBUG line per attempt, TRACE bodies, and no key, token, signature or sensitive value anywhere.
 */
@Timeout(30)
class WireLogTest {
    private static final String SECRET_ID = "AKIDwireLogTest000000000001";
    private static final String SECRET_KEY = "wirelog-SECRET-KEY-5b1f0c";
    private static final String TOKEN = "wirelog-SESSION-TOKEN-77e2a";
    private static final String PASSWORD = "hunter2-wirelog-pw";
    private static final String NESTED_SECRET = "nested-secret-8d1c";
    private static final String MOTTO = "motto-marked-sensitive-4411";
    private static final String ANSWERED_PASSWORD = "answered-password-9f3e";

    /** A request with fields that must never be logged: by name (Password, SecretKey) and by the spec (Motto). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Signup(@JsonProperty("UserName") String userName, @JsonProperty("Password") String password,
            @JsonProperty("Motto") String motto, @JsonProperty("Keys") List<Map<String, String>> keys) {

        static void writeJson(JsonGenerator out, Signup value) throws IOException {
            out.writeStartObject();
            out.writeStringField("UserName", value.userName());
            if (value.password() != null) {
                out.writeStringField("Password", value.password());
                out.writeStringField("Motto", value.motto());
            }
            if (value.keys() == null) {
                out.writeEndObject();
                return;
            }
            out.writeFieldName("Keys");
            out.writeStartArray();
            for (Map<String, String> key : value.keys()) {
                out.writeStartObject();
                for (Map.Entry<String, String> member : key.entrySet()) {
                    out.writeStringField(member.getKey(), member.getValue());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static final ServiceDescription SERVICE = new ServiceDescription(PingClient.SERVICE, PingClient.VERSION,
            PingClient.DEFAULT_ENDPOINT, Map.of(), TencentCloudException::new, Set.of("Motto"));

    private static final Operation<Signup, PingResponse> SIGN_UP = new Operation<>("SignUp", PingResponse.class,
            Operation.Region.OPTIONAL, false, null, Signup::writeJson, PingResponse::readJson);

    @Test
    void debugLinePerAttemptTraceBodiesAndNoSecret() throws Exception {
        String text;
        List<FakeTencentCloud.Received> received;
        SecretWatch watch = new SecretWatch();
        try (FakeTencentCloud server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0)) {
            server.allow(SECRET_ID, SECRET_KEY, TOKEN);
            server.handler((request, number) -> number == 1
                    ? Reply.apiError("RequestLimitExceeded", "slow down", request.requestId())
                    : Reply.json("{\"Response\":{\"Motto\":\"" + MOTTO + "\",\"Account\":{\"Password\":\""
                            + ANSWERED_PASSWORD + "\",\"Name\":\"alice\"},\"RequestId\":\"" + request.requestId() + "\"}}"));
            try (Invoker invoker = new Invoker(settings(server))) {
                invoker.call(SIGN_UP, new Signup("alice", PASSWORD, MOTTO, List.of(Map.of("SecretKey", NESTED_SECRET, "Name", "k1"))));
            }
            received = server.received();
        } finally {
            watch.close();
        }
        text = watch.text();
        assertEquals(2, received.size());
        Matcher first = Pattern.compile("SignUp attempt 1: HTTP 200, RequestId " + received.get(0).requestId()
                + ", error RequestLimitExceeded, \\d+ ms").matcher(text);
        assertTrue(first.find(), "DEBUG line of attempt 1 in:\n" + text);
        assertTrue(text.contains("SignUp attempt 2: HTTP 200, RequestId " + received.get(1).requestId() + ", error -, "), text);
        assertTrue(text.contains("SignUp attempt 1 request: {\"UserName\":\"alice\",\"Password\":\"***\",\"Motto\":\"***\","
                + "\"Keys\":[{"), "TRACE request body, masked:\n" + text);
        assertTrue(text.contains("\"Name\":\"k1\""), text);
        assertTrue(text.contains("SignUp attempt 2 response (HTTP 200): {\"Response\":{\"Motto\":\"***\",\"Account\":"
                + "{\"Password\":\"***\",\"Name\":\"alice\"}"), "TRACE response body, masked:\n" + text);
        String signature = received.get(0).header("Authorization").replaceAll(".*Signature=", "");
        for (String secret : List.of(SECRET_KEY, TOKEN, PASSWORD, NESTED_SECRET, MOTTO, ANSWERED_PASSWORD, signature,
                "TC3-HMAC-SHA256")) {
            assertTrue(!text.contains(secret), "'" + secret + "' logged:\n" + text);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsLoggedAsAnEscapedExcerpt() throws Exception {
        String text;
        SecretWatch watch = new SecretWatch();
        try (FakeTencentCloud server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0)) {
            server.allow(SECRET_ID, SECRET_KEY, TOKEN);
            server.handler((request, number) -> Reply.status(502, "text/html", "<html>\u001b[31mbad\ngateway</html>"));
            try (Invoker invoker = new Invoker(settings(server))) {
                invoker.call(SIGN_UP, new Signup("bob", null, null, null));
            } catch (RuntimeException expected) {
                watch.record(expected);
            }
        } finally {
            watch.close();
        }
        text = watch.text();
        assertTrue(text.contains("SignUp attempt 1 response (HTTP 502): (not JSON, 29 bytes) <html>\\u001b[31mbad\\ngateway</html>"), text);
        assertTrue(text.contains("SignUp attempt 1: HTTP 502, RequestId -, error -"), text);
    }

    private static ClientSettings settings(FakeTencentCloud server) {
        return ClientSettings.builder(SERVICE, settings -> settings)
                .credentials(Credentials.of(SECRET_ID, SECRET_KEY, TOKEN))
                .endpoint(server.endpoint())
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1))
                        .maxBackoff(Duration.ofMillis(2)).build())
                .build();
    }
}
