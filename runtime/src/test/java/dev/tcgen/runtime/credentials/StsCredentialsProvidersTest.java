package dev.tcgen.runtime.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tcgen.runtime.AssumeRoleCredentialsProvider;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.CredentialsException;
import dev.tcgen.runtime.CredentialsProvider;
import dev.tcgen.runtime.OidcRoleCredentialsProvider;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Received;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OIDC role and AssumeRole providers against a local STS stand-in ({@link FakeTencentCloud} as {@code sts}
 * 2018-08-13), which checks every AssumeRole signature with its own implementation of TC3-HMAC-SHA256.
 */
@Timeout(30)
class StsCredentialsProvidersTest {

    private static final String ROLE_ARN = "qcs::cam::uin/100000000001:roleName/tcgen-test";
    private static final String WEB_TOKEN = "eyJoidc-web-identity-token-SECRET-0042";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private FakeTencentCloud sts;
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger issued = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        sts = new FakeTencentCloud("sts", "2018-08-13", 0);
        sts.allowUnsigned("AssumeRoleWithWebIdentity");
        sts.handler((request, number) -> StsAnswers.credentials(issued.incrementAndGet(),
                clock.instant().plusSeconds(7200), request.requestId()));
    }

    @AfterEach
    void stop() {
        sts.close();
    }

    private Map<String, String> tkeEnvironment() throws IOException {
        Path tokenFile = temp.resolve("web-identity-token");
        Files.writeString(tokenFile, WEB_TOKEN + "\n");
        Map<String, String> env = new HashMap<>();
        env.put("TKE_REGION", "ap-guangzhou");
        env.put("TKE_PROVIDER_ID", "tke-oidc-provider");
        env.put("TKE_WEB_IDENTITY_TOKEN_FILE", tokenFile.toString());
        env.put("TKE_ROLE_ARN", ROLE_ARN);
        return env;
    }

    private OidcRoleCredentialsProvider oidc(Map<String, String> env) {
        return OidcRoleCredentialsProvider.builder().environment(env::get).stsEndpoint(sts.endpoint()).clock(clock).build();
    }

    @Test
    void oidcRoleSendsSkipWithoutTokenAndTheTkeValues() throws Exception {
        Credentials credentials = oidc(tkeEnvironment()).credentials();
        assertEquals("AKIDsts-1", credentials.secretId());
        assertEquals("stskey-1", credentials.secretKey());
        assertEquals(Optional.of("ststoken-1"), credentials.token());

        Received request = sts.received().get(0);
        assertEquals("AssumeRoleWithWebIdentity", request.action());
        assertEquals("SKIP", request.header("Authorization"));
        assertNull(request.header("X-TC-Token"));
        assertEquals("ap-guangzhou", request.header("X-TC-Region"));
        assertEquals("2018-08-13", request.header("X-TC-Version"));
        JsonNode body = JSON.readTree(request.body());
        assertEquals("tke-oidc-provider", body.get("ProviderId").asText());
        assertEquals(WEB_TOKEN, body.get("WebIdentityToken").asText(), "the file's content, without the newline");
        assertEquals(ROLE_ARN, body.get("RoleArn").asText());
        assertTrue(body.get("RoleSessionName").asText().matches("tcgen-[0-9]+"), body.toString());
        assertEquals(7200, body.get("DurationSeconds").asInt());
    }

    @Test
    void oidcRoleReadsTheRotatedTokenOnRefresh() throws Exception {
        Map<String, String> env = tkeEnvironment();
        OidcRoleCredentialsProvider provider = oidc(env);
        provider.credentials();
        Files.writeString(Path.of(env.get("TKE_WEB_IDENTITY_TOKEN_FILE")), "rotated-token");
        clock.advance(Duration.ofSeconds(7200 - 299));
        assertEquals("AKIDsts-2", provider.credentials().secretId());
        assertEquals("rotated-token", JSON.readTree(sts.received().get(1).body()).get("WebIdentityToken").asText());
        assertEquals(2, sts.received().size());
    }

    @Test
    void oidcRoleNamesTheUnsetVariablesAndAsksNothing() throws Exception {
        Map<String, String> env = tkeEnvironment();
        env.remove("TKE_ROLE_ARN");
        env.remove("TKE_PROVIDER_ID");
        CredentialsException e = assertThrows(CredentialsException.class, () -> oidc(env).credentials());
        assertTrue(e.getMessage().contains("TKE_PROVIDER_ID, TKE_ROLE_ARN are not set"), e.getMessage());
        assertEquals(0, sts.hits());
    }

    @Test
    void oidcRoleSaysWhenTheTokenFileIsMissing() throws Exception {
        Map<String, String> env = tkeEnvironment();
        env.put("TKE_WEB_IDENTITY_TOKEN_FILE", temp.resolve("absent").toString());
        CredentialsException e = assertThrows(CredentialsException.class, () -> oidc(env).credentials());
        assertTrue(e.getMessage().contains("cannot read the OIDC token file"), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchFileException"), e.getMessage());
    }

    @Test
    void stsErrorsCarryCodeMessageAndRequestIdButNoSecret() throws Exception {
        sts.handler((request, number) -> Reply.apiError("InvalidParameter.WebIdentityTokenError",
                "token " + WEB_TOKEN + " is invalid", "req-7f3e"));
        CredentialsException e = assertThrows(CredentialsException.class, () -> oidc(tkeEnvironment()).credentials());
        assertTrue(e.getMessage().contains("AssumeRoleWithWebIdentity"), e.getMessage());
        assertTrue(e.getMessage().contains("InvalidParameter.WebIdentityTokenError: token *** is invalid"), e.getMessage());
        assertTrue(e.getMessage().contains("RequestId req-7f3e"), e.getMessage());
        assertFalse(e.getMessage().contains(WEB_TOKEN), "STS quoting the token must not put it in the message");
    }

    @Test
    void stsAnswersThatAreNoCredentialsSaySo() throws Exception {
        sts.handler((request, number) -> Reply.status(502, "text/html", "<html>bad gateway</html>"));
        CredentialsException status = assertThrows(CredentialsException.class, () -> oidc(tkeEnvironment()).credentials());
        assertTrue(status.getMessage().contains("answered HTTP 502"), status.getMessage());

        sts.handler((request, number) -> Reply.json("{\"Response\":{\"RequestId\":\"req-empty\"}}"));
        CredentialsException empty = assertThrows(CredentialsException.class, () -> oidc(tkeEnvironment()).credentials());
        assertTrue(empty.getMessage().contains("without Credentials.TmpSecretId, TmpSecretKey and Token (RequestId req-empty)"),
                empty.getMessage());
    }

    @Test
    void unreachableStsSaysSo() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + FakeTencentCloud.closedPort());
        CredentialsException e = assertThrows(CredentialsException.class, () -> OidcRoleCredentialsProvider.builder()
                .environment(tkeEnvironment()::get).stsEndpoint(nowhere).build().credentials());
        assertTrue(e.getMessage().contains("STS AssumeRoleWithWebIdentity at " + nowhere + "/ failed: could not connect"), e.getMessage());
    }

    private AssumeRoleCredentialsProvider.Builder assumeRole(CredentialsProvider source) {
        return AssumeRoleCredentialsProvider.builder().roleArn(ROLE_ARN).source(source).stsEndpoint(sts.endpoint()).clock(clock);
    }

    @Test
    void assumeRoleIsSignedWithTheSourceKeys() throws Exception {
        Credentials source = Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY);
        AssumeRoleCredentialsProvider provider = assumeRole(CredentialsProvider.of(source))
                .roleSessionName("deploy-job").duration(Duration.ofMinutes(30)).externalId("ext-1")
                .policy("{\"version\":\"2.0\",\"statement\":[]}").region("ap-shanghai").build();
        Credentials credentials = provider.credentials();
        assertEquals("AKIDsts-1", credentials.secretId());
        assertEquals(Optional.of("ststoken-1"), credentials.token());
        assertEquals(0, sts.rejectedForSignature(), "the stand-in verified the TC3 signature");

        Received request = sts.received().get(0);
        assertEquals("AssumeRole", request.action());
        assertTrue(request.header("Authorization").startsWith("TC3-HMAC-SHA256 Credential=" + FakeTencentCloud.SECRET_ID + "/"));
        assertNull(request.header("X-TC-Token"), "permanent keys have no token");
        assertEquals("ap-shanghai", request.header("X-TC-Region"));
        JsonNode body = JSON.readTree(request.body());
        assertEquals(ROLE_ARN, body.get("RoleArn").asText());
        assertEquals("deploy-job", body.get("RoleSessionName").asText());
        assertEquals(1800, body.get("DurationSeconds").asInt());
        assertEquals("ext-1", body.get("ExternalId").asText());
        assertEquals("{\"version\":\"2.0\",\"statement\":[]}",
                URLDecoder.decode(body.get("Policy").asText(), StandardCharsets.UTF_8), "STS URL-decodes the policy");
    }

    @Test
    void assumeRoleSignedWithAnotherProvidersTemporaryCredentials() throws Exception {
        // The OIDC role's set signs AssumeRole, with its token as X-TC-Token; the stand-in knows that set.
        sts.allow("AKIDsts-1", "stskey-1", "ststoken-1");
        AssumeRoleCredentialsProvider provider = assumeRole(oidc(tkeEnvironment())).build();
        Credentials assumed = provider.credentials();
        assertEquals("AKIDsts-2", assumed.secretId());
        assertEquals(0, sts.rejectedForSignature());
        Received signed = sts.received().get(1);
        assertEquals("AssumeRole", signed.action());
        assertEquals("ststoken-1", signed.header("X-TC-Token"));
        assertTrue(signed.header("Authorization").contains("Credential=AKIDsts-1/"));
    }

    @Test
    void assumeRoleFailureOfTheSourceIsSaid() {
        CredentialsProvider none = () -> {
            throw new CredentialsException("the environment variables are not set");
        };
        CredentialsException e = assertThrows(CredentialsException.class, () -> assumeRole(none).build().credentials());
        assertEquals("the environment variables are not set", e.getMessage());
        assertEquals(0, sts.hits());
    }

    @Test
    void assumeRoleAnUnknownSignerGetsStsCode() {
        Credentials stranger = Credentials.of("AKIDstranger", "stranger-key");
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> assumeRole(CredentialsProvider.of(stranger)).build().credentials());
        assertTrue(e.getMessage().contains("failed with AuthFailure.SecretIdNotFound"), e.getMessage());
        assertTrue(e.getMessage().contains("(RequestId "), e.getMessage());
        assertFalse(e.getMessage().contains("stranger-key"));
    }

    @Test
    void aClientCallsWithTheAssumedRole() throws Exception {
        Credentials source = Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY);
        try (FakeTencentCloud ping = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0)) {
            ping.allow("AKIDsts-1", "stskey-1", "ststoken-1");
            PingClient client = PingClient.builder().endpoint(ping.endpoint()).retryPolicy(RetryPolicy.none())
                    .credentialsProvider(assumeRole(CredentialsProvider.of(source)).build()).build();
            client.ping(new PingRequest("a"));
            client.ping(new PingRequest("b"));
            assertEquals(List.of("ststoken-1", "ststoken-1"),
                    ping.received().stream().map(r -> r.header("X-TC-Token")).toList());
            assertEquals(1, sts.received().size(), "one AssumeRole for both calls");
        }
    }

    @Test
    void buildersRefuseNonsense() {
        assertThrows(IllegalStateException.class, () -> AssumeRoleCredentialsProvider.builder().build());
        assertThrows(IllegalArgumentException.class, () -> AssumeRoleCredentialsProvider.builder().roleSessionName("a b"));
        assertThrows(IllegalArgumentException.class, () -> AssumeRoleCredentialsProvider.builder().duration(Duration.ofHours(13)));
        assertThrows(IllegalArgumentException.class, () -> OidcRoleCredentialsProvider.builder().stsEndpoint(URI.create("ftp://x")).build());
        assertTrue(oidcToString().contains("sts.tencentcloudapi.com"));
    }

    private static String oidcToString() {
        return OidcRoleCredentialsProvider.builder().build().toString();
    }
}
