package dev.tcgen.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcgen.runtime.AssumeRoleCredentialsProvider;
import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.CredentialsException;
import dev.tcgen.runtime.CredentialsProvider;
import dev.tcgen.runtime.InstanceRoleCredentialsProvider;
import dev.tcgen.runtime.OidcRoleCredentialsProvider;
import dev.tcgen.runtime.RetryPolicy;
import dev.tcgen.runtime.TencentCloudTransportException;
import dev.tcgen.runtime.credentials.MetadataStandIn;
import dev.tcgen.runtime.credentials.MutableClock;
import dev.tcgen.runtime.credentials.StsAnswers;
import dev.tcgen.runtime.proxy.CountingProxy;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import dev.tcgen.runtime.testing.PingClient;
import dev.tcgen.runtime.testing.PingRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything a person could see while the server-side credentials providers and the proxy work and fail (output,
 * every log record, each failure with its causes, toString) holds none of their secrets.
 */
@Timeout(60)
class CredentialsSecretsTest {

    private static final String WEB_TOKEN = "oidc-web-token-LEAKCHECK-51d2";
    private static final String SOURCE_KEY = "source-secret-key-LEAKCHECK-7a0c";
    private static final String PROXY_PASSWORD = "proxy-password-LEAKCHECK-3be9";

    @TempDir
    Path temp;

    @Test
    void instanceRoleRefreshFailuresShowNoKeyOrToken() throws Exception {
        MutableClock clock = new MutableClock();
        try (SecretWatch watch = new SecretWatch(); MetadataStandIn metadata = new MetadataStandIn()) {
            metadata.expiry(clock.instant().plusSeconds(3600));
            InstanceRoleCredentialsProvider provider = InstanceRoleCredentialsProvider.builder()
                    .metadataEndpoint(metadata.endpoint()).clock(clock).build();
            Credentials credentials = provider.credentials();
            watch.record("credentials", credentials);
            watch.record("provider", provider);
            metadata.status(500);
            clock.advance(Duration.ofSeconds(3500));
            provider.credentials(); // logs a warning, serves the valid set
            clock.advance(Duration.ofSeconds(200));
            watch.record(assertThrows(CredentialsException.class, provider::credentials));
            assertEquals(List.of(), watch.leaks("rolekey-1", "roletoken-1"));
        }
    }

    @Test
    void stsFailuresShowNoTokenOrKeyEvenWhenStsQuotesThem() throws Exception {
        try (SecretWatch watch = new SecretWatch(); FakeTencentCloud sts = new FakeTencentCloud("sts", "2018-08-13", 0)) {
            sts.allowUnsigned("AssumeRoleWithWebIdentity");
            sts.allow("AKIDsource", SOURCE_KEY, null);
            // STS quoting what it was sent (the web token is a parameter), and, for AssumeRole, even the signing key.
            sts.handler((request, number) -> Reply.apiError("InvalidParameter", "got " + request.bodyText().replace("\"", "'")
                    + (request.action().equals("AssumeRole") ? " signed with " + SOURCE_KEY : ""), request.requestId()));
            Path tokenFile = Files.writeString(temp.resolve("token"), WEB_TOKEN);
            Map<String, String> env = Map.of("TKE_REGION", "ap-guangzhou", "TKE_PROVIDER_ID", "p",
                    "TKE_WEB_IDENTITY_TOKEN_FILE", tokenFile.toString(), "TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/r");
            OidcRoleCredentialsProvider oidc = OidcRoleCredentialsProvider.builder().environment(env::get)
                    .stsEndpoint(sts.endpoint()).build();
            watch.record(assertThrows(CredentialsException.class, oidc::credentials));
            watch.record("oidc", oidc);

            AssumeRoleCredentialsProvider assume = AssumeRoleCredentialsProvider.builder().roleArn("qcs::cam::uin/1:roleName/r")
                    .source(CredentialsProvider.of(Credentials.of("AKIDsource", SOURCE_KEY))).stsEndpoint(sts.endpoint()).build();
            watch.record(assertThrows(CredentialsException.class, assume::credentials));
            watch.record("assume", assume);

            sts.handler((request, number) -> StsAnswers.credentials(number, Instant.now().plusSeconds(3600), request.requestId()));
            watch.record("assumed", assume.credentials());
            assertEquals(List.of(), watch.leaks(WEB_TOKEN, SOURCE_KEY, "stskey-", "ststoken-"));
        }
    }

    @Test
    void theProxyPasswordShowsNowhere() throws Exception {
        try (SecretWatch watch = new SecretWatch();
                FakeTencentCloud server = new FakeTencentCloud(PingClient.SERVICE, PingClient.VERSION, 0);
                CountingProxy proxy = new CountingProxy("alice", "another-password")) {
            var builder = PingClient.builder().endpoint(server.endpoint()).retryPolicy(RetryPolicy.none())
                    .credentials(Credentials.of(FakeTencentCloud.SECRET_ID, FakeTencentCloud.SECRET_KEY))
                    .proxy(proxy.uri(), "alice", PROXY_PASSWORD);
            watch.record("builder", builder);
            PingClient client = builder.build();
            watch.record("client", client);
            watch.record(assertThrows(TencentCloudTransportException.class, () -> client.ping(new PingRequest("x"))));
            assertEquals(List.of(), watch.leaks(PROXY_PASSWORD, FakeTencentCloud.SECRET_KEY));
        }
    }
}
