package dev.tcgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.credentials.MetadataStandIn;
import dev.tcgen.runtime.credentials.SilentServer;
import dev.tcgen.runtime.credentials.StsAnswers;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The default chain: environment, profile file, OIDC role when TKE_* are set, instance role. */
@Timeout(30)
class DefaultChainTest {

    @TempDir
    Path home;

    @Test
    void theOidcRoleAnswersInATkePod() throws Exception {
        try (FakeTencentCloud sts = new FakeTencentCloud("sts", "2018-08-13", 0);
                SilentServer metadata = new SilentServer()) {
            sts.allowUnsigned("AssumeRoleWithWebIdentity");
            sts.handler((request, number) -> StsAnswers.credentials(number, Instant.now().plusSeconds(7200), request.requestId()));
            Path token = Files.writeString(home.resolve("token"), "pod-token");
            Map<String, String> env = Map.of("TKE_REGION", "ap-guangzhou", "TKE_PROVIDER_ID", "provider",
                    "TKE_WEB_IDENTITY_TOKEN_FILE", token.toString(), "TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/pod");
            CredentialsChain chain = CredentialsChain.defaults(env::get, home, sts.endpoint(), metadata.endpoint(MetadataStandIn.PATH));
            assertEquals("AKIDsts-1", chain.credentials().secretId());
            assertEquals("AKIDsts-1", chain.credentials().secretId(), "kept, not asked again");
            assertEquals(1, sts.received().size());
            assertEquals(0, metadata.accepted(), "the instance role comes after the OIDC role");
        }
    }

    @Test
    void theInstanceRoleAnswersOnCvm() throws Exception {
        try (MetadataStandIn metadata = new MetadataStandIn()) {
            CredentialsChain chain = CredentialsChain.defaults(name -> null, home,
                    unusedEndpoint(), metadata.endpoint());
            assertEquals("AKIDrole-1", chain.credentials().secretId());
        }
    }

    @Test
    void theEnvironmentComesFirst() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("TENCENTCLOUD_SECRET_ID", "AKIDenv", "TENCENTCLOUD_SECRET_KEY", "env-key",
                "TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/pod"));
        CredentialsChain chain = CredentialsChain.defaults(env::get, home, unusedEndpoint(),
                unusedEndpoint());
        assertEquals("AKIDenv", chain.credentials().secretId());
    }

    @Test
    void withNothingEveryLinkSaysWhyQuicklyAndWithoutSecrets() throws Exception {
        try (SilentServer metadata = new SilentServer()) {
            Map<String, String> env = Map.of("TENCENTCLOUD_SECRET_KEY", "half-set-secret-key");
            CredentialsChain chain = CredentialsChain.defaults(env::get, home, unusedEndpoint(),
                    metadata.endpoint(MetadataStandIn.PATH));
            long start = System.nanoTime();
            CredentialsException e = assertThrows(CredentialsException.class, chain::credentials);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String message = e.getMessage();
            assertTrue(message.startsWith("no credentials found: "), message);
            assertTrue(message.contains("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set"), message);
            assertTrue(message.contains("no credentials file at " + home.resolve(".tencentcloud").resolve("credentials")), message);
            assertTrue(message.contains("TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN are not set"), message);
            assertTrue(message.contains("no CVM metadata service at"), message);
            assertFalse(message.contains("half-set-secret-key"));
            assertTrue(millis < 3000, "the metadata probe is bounded: " + millis + " ms");

            start = System.nanoTime();
            assertThrows(CredentialsException.class, chain::credentials);
            assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(200), "the absent metadata service is remembered");
            assertEquals(1, metadata.accepted());
        }
    }

    /** An endpoint where nothing listens: nothing should be sent there. */
    private static URI unusedEndpoint() throws IOException {
        return URI.create("http://127.0.0.1:" + FakeTencentCloud.closedPort() + "/");
    }
}
