package dev.tcgen.runtime.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.CredentialsException;
import dev.tcgen.runtime.InstanceRoleCredentialsProvider;
import dev.tcgen.runtime.testing.FakeTencentCloud;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The CVM instance role against a local stand-in for the metadata service. */
@Timeout(30)
class InstanceRoleCredentialsProviderTest {

    private MetadataStandIn metadata;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws Exception {
        metadata = new MetadataStandIn();
        metadata.expiry(clock.instant().plusSeconds(3600));
    }

    @AfterEach
    void stop() {
        metadata.close();
    }

    private InstanceRoleCredentialsProvider.Builder provider() {
        return InstanceRoleCredentialsProvider.builder().metadataEndpoint(metadata.endpoint()).clock(clock);
    }

    @Test
    void asksForTheRoleThenItsCredentialsAndKeepsThem() {
        InstanceRoleCredentialsProvider provider = provider().build();
        Credentials first = provider.credentials();
        assertEquals("AKIDrole-1", first.secretId());
        assertEquals("rolekey-1", first.secretKey());
        assertEquals(Optional.of("roletoken-1"), first.token());
        assertEquals(List.of(MetadataStandIn.PATH, MetadataStandIn.PATH + "tcgen-test-role"), metadata.paths());

        clock.advance(Duration.ofMinutes(50));
        assertEquals(first, provider.credentials(), "still 10 minutes to go: the same set, nothing asked");
        assertEquals(2, metadata.paths().size());
    }

    @Test
    void aNamedRoleIsAskedForDirectly() {
        metadata.role("named-role");
        Credentials credentials = provider().roleName("named-role").build().credentials();
        assertEquals("AKIDrole-1", credentials.secretId());
        assertEquals(List.of(MetadataStandIn.PATH + "named-role"), metadata.paths());
    }

    @Test
    void refreshesFiveMinutesBeforeExpiry() {
        InstanceRoleCredentialsProvider provider = provider().build();
        assertEquals("AKIDrole-1", provider.credentials().secretId());
        metadata.expiry(clock.instant().plusSeconds(7200));

        clock.advance(Duration.ofSeconds(3600 - 300 - 1));
        assertEquals("AKIDrole-1", provider.credentials().secretId(), "not yet due");
        clock.advance(Duration.ofSeconds(2));
        Credentials next = provider.credentials();
        assertEquals("AKIDrole-2", next.secretId(), "due 300 s before expiry");
        assertEquals("rolekey-2", next.secretKey());
        assertEquals(Optional.of("roletoken-2"), next.token());
        assertEquals(2, metadata.sets());
    }

    @Test
    void thirtyTwoThreadsAtExpiryCauseExactlyOneRefresh() throws Exception {
        InstanceRoleCredentialsProvider provider = provider().roleName("tcgen-test-role").build();
        provider.credentials();
        clock.advance(Duration.ofSeconds(3601));
        metadata.expiry(clock.instant().plusSeconds(3600));
        metadata.delayMillis(300);

        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Credentials>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return provider.credentials();
                }));
            }
            go.countDown();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            for (Future<Credentials> result : results) {
                Credentials credentials = result.get(10, TimeUnit.SECONDS);
                String n = credentials.secretId().substring("AKIDrole-".length());
                assertEquals("rolekey-" + n, credentials.secretKey(), "id and key of one set");
                assertEquals(Optional.of("roletoken-" + n), credentials.token(), "id and token of one set");
                seen.add(credentials.secretId());
            }
            assertEquals(Set.of("AKIDrole-2"), seen, "every thread got the one fresh set");
            assertEquals(2, metadata.sets(), "one fetch at first, exactly one refresh");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileAFetchIsUnderWayTheStillValidSetIsServedWithoutWaiting() throws Exception {
        InstanceRoleCredentialsProvider provider = provider().roleName("tcgen-test-role").build();
        provider.credentials();
        clock.advance(Duration.ofSeconds(3600 - 200));
        metadata.delayMillis(700); // within the 1 s timeout
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Credentials> refreshing = pool.submit(provider::credentials);
            while (metadata.paths().size() < 2) {
                Thread.sleep(10);
            }
            long start = System.nanoTime();
            assertEquals("AKIDrole-1", provider.credentials().secretId());
            assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(400), "did not wait for the fetch");
            assertEquals("AKIDrole-2", refreshing.get(10, TimeUnit.SECONDS).secretId());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRefreshKeepsTheValidSetThenSaysWhatFailed() {
        InstanceRoleCredentialsProvider provider = provider().build();
        provider.credentials();
        metadata.status(503);
        clock.advance(Duration.ofSeconds(3600 - 100));
        assertEquals("AKIDrole-1", provider.credentials().secretId(), "still valid for 100 s");
        int asked = metadata.paths().size();
        assertEquals("AKIDrole-1", provider.credentials().secretId());
        assertEquals(asked, metadata.paths().size(), "no new attempt right after a failed one");

        clock.advance(Duration.ofSeconds(101));
        CredentialsException e = assertThrows(CredentialsException.class, provider::credentials);
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    }

    @Test
    void aSetExpiredOnArrivalIsUsedAndTheNextAskedForALittleLater() {
        metadata.expiry(clock.instant().minusSeconds(30)); // our clock runs ahead of the service's
        InstanceRoleCredentialsProvider provider = provider().roleName("tcgen-test-role").build();
        assertEquals("AKIDrole-1", provider.credentials().secretId());
        assertEquals("AKIDrole-1", provider.credentials().secretId(), "not fetched again on every call");
        clock.advance(Duration.ofSeconds(11));
        assertEquals("AKIDrole-2", provider.credentials().secretId());
        assertEquals(2, metadata.sets());
    }

    @Test
    void noRoleSaysSo() {
        metadata.role(null);
        CredentialsException e = assertThrows(CredentialsException.class, () -> provider().build().credentials());
        assertTrue(e.getMessage().contains("has no CAM role"), e.getMessage());
    }

    @Test
    void anUnknownRoleSaysSo() {
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> provider().roleName("other-role").build().credentials());
        assertTrue(e.getMessage().contains("no CAM role named other-role"), e.getMessage());
    }

    @Test
    void aCodeOtherThanSuccessSaysSo() {
        metadata.code("RoleNotBound");
        CredentialsException e = assertThrows(CredentialsException.class, () -> provider().build().credentials());
        assertTrue(e.getMessage().contains("Code RoleNotBound"), e.getMessage());
        assertTrue(!e.getMessage().contains("rolekey-1"), e.getMessage());
    }

    @Test
    void noMetadataServiceSaysSo() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + FakeTencentCloud.closedPort() + MetadataStandIn.PATH);
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> InstanceRoleCredentialsProvider.builder().metadataEndpoint(nowhere).build().credentials());
        assertTrue(e.getMessage().startsWith("no CVM metadata service at " + nowhere), e.getMessage());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void aSilentMetadataServiceCostsOneSecondOnceThenIsRememberedAbsent() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            InstanceRoleCredentialsProvider provider = InstanceRoleCredentialsProvider.builder()
                    .metadataEndpoint(silent.endpoint(MetadataStandIn.PATH)).clock(clock).build();
            long start = System.nanoTime();
            CredentialsException first = assertThrows(CredentialsException.class, provider::credentials);
            long firstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(first.getMessage().contains("no CVM metadata service"), first.getMessage());
            assertTrue(first.getMessage().contains("in time"), first.getMessage());
            assertTrue(firstMillis >= 900 && firstMillis < 8000, "the 1 s timeout bounds the probe (generous ceiling: a loaded machine is slow, an unbounded probe never ends): " + firstMillis + " ms");
            assertEquals(1, silent.accepted());

            start = System.nanoTime();
            CredentialsException again = assertThrows(CredentialsException.class, provider::credentials);
            assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(100), "answered from memory");
            assertEquals(first.getMessage(), again.getMessage());
            assertEquals(1, silent.accepted(), "not asked again");

            clock.advance(Duration.ofSeconds(61));
            assertThrows(CredentialsException.class, provider::credentials);
            assertEquals(2, silent.accepted(), "asked again once the minute is over");
        }
    }

    @Test
    void theBuilderRefusesNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> InstanceRoleCredentialsProvider.builder().metadataEndpoint(URI.create("file:///etc/passwd")).build());
        assertThrows(IllegalArgumentException.class, () -> InstanceRoleCredentialsProvider.builder().timeout(Duration.ZERO));
        assertEquals(URI.create("http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/"),
                InstanceRoleCredentialsProvider.DEFAULT_METADATA_ENDPOINT);
        assertTrue(InstanceRoleCredentialsProvider.builder().build().toString().contains("metadata.tencentyun.com"));
    }
}
