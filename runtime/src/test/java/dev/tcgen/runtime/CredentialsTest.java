package dev.tcgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    private static final String KEY = "credentials-test-secret-KEY-93c1";

    @Test
    void permanentCredentialsHideTheKey() {
        Credentials credentials = Credentials.of("AKIDid", KEY);
        assertEquals("AKIDid", credentials.secretId());
        assertEquals(KEY, credentials.secretKey());
        assertEquals(Optional.empty(), credentials.token());
        assertFalse(credentials.toString().contains(KEY), credentials.toString());
        assertTrue(credentials.toString().contains("AKIDid"));
    }

    @Test
    void temporaryCredentialsHideKeyAndToken() {
        Credentials credentials = Credentials.of("AKIDid", KEY, "session-token-77");
        assertEquals(Optional.of("session-token-77"), credentials.token());
        assertFalse(credentials.toString().contains(KEY));
        assertFalse(credentials.toString().contains("session-token-77"));
        assertEquals(Optional.empty(), Credentials.of("AKIDid", KEY, " ").token(), "a blank token means none");
    }

    @Test
    void blankPartsAreRejectedWithoutEchoingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.of(" ", KEY));
        assertTrue(e.getMessage().contains("secretId"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("AKIDid", null));
    }

    @Test
    void environment() {
        Map<String, String> env = Map.of("TENCENTCLOUD_SECRET_ID", "AKIDenv", "TENCENTCLOUD_SECRET_KEY", KEY,
                "TENCENTCLOUD_SESSION_TOKEN", "tok");
        Credentials credentials = new EnvironmentCredentialsProvider(env::get).credentials();
        assertEquals("AKIDenv", credentials.secretId());
        assertEquals(KEY, credentials.secretKey());
        assertEquals(Optional.of("tok"), credentials.token());

        CredentialsException missing = assertThrows(CredentialsException.class,
                () -> new EnvironmentCredentialsProvider(Map.of("TENCENTCLOUD_SECRET_KEY", KEY)::get).credentials());
        assertTrue(missing.getMessage().contains("TENCENTCLOUD_SECRET_ID"), missing.getMessage());
        assertFalse(missing.getMessage().contains(KEY));
    }

    @Test
    void profileFileDefaultSection(@TempDir Path home) throws IOException {
        Path file = write(home, """
                # a comment
                [other]
                secret_id = AKIDother
                secret_key = other-key

                [default]
                secret_id = AKIDprofile
                ; another comment
                secret_key = %s
                """.formatted(KEY));
        ProfileCredentialsProvider provider = ProfileCredentialsProvider.inHome(home);
        assertEquals(file, provider.file());
        Credentials credentials = provider.credentials();
        assertEquals("AKIDprofile", credentials.secretId());
        assertEquals(KEY, credentials.secretKey());
    }

    @Test
    void profileFileProblemsNameTheFileNotTheSecret(@TempDir Path home) throws IOException {
        CredentialsException absent = assertThrows(CredentialsException.class,
                () -> ProfileCredentialsProvider.inHome(home).credentials());
        assertTrue(absent.getMessage().contains(home.resolve(".tencentcloud").resolve("credentials").toString()));

        write(home, "[default]\nsecret_key = " + KEY + "\n");
        CredentialsException incomplete = assertThrows(CredentialsException.class,
                () -> ProfileCredentialsProvider.inHome(home).credentials());
        assertTrue(incomplete.getMessage().contains("secret_id"), incomplete.getMessage());
        assertFalse(incomplete.getMessage().contains(KEY));
    }

    @Test
    void chainTakesTheFirstProviderThatHasCredentials(@TempDir Path home) throws IOException {
        CredentialsProvider emptyEnvironment = new EnvironmentCredentialsProvider(name -> null);
        write(home, "[default]\nsecret_id = AKIDprofile\nsecret_key = " + KEY + "\n");
        CredentialsChain chain = new CredentialsChain(List.of(emptyEnvironment, ProfileCredentialsProvider.inHome(home)));
        assertEquals("AKIDprofile", chain.credentials().secretId());

        CredentialsProvider environment = new EnvironmentCredentialsProvider(
                Map.of("TENCENTCLOUD_SECRET_ID", "AKIDenv", "TENCENTCLOUD_SECRET_KEY", KEY)::get);
        assertEquals("AKIDenv", new CredentialsChain(List.of(environment, ProfileCredentialsProvider.inHome(home)))
                .credentials().secretId());
    }

    @Test
    void chainWithoutCredentialsSaysWhereItLooked(@TempDir Path home) {
        CredentialsChain chain = new CredentialsChain(List.of(new EnvironmentCredentialsProvider(name -> null),
                ProfileCredentialsProvider.inHome(home)));
        CredentialsException e = assertThrows(CredentialsException.class, chain::credentials);
        assertTrue(e.getMessage().contains("TENCENTCLOUD_SECRET_ID"), e.getMessage());
        assertTrue(e.getMessage().contains("credentials file"), e.getMessage());
    }

    @Test
    void fixedProviderRotatesNothingButCustomProvidersMay() {
        Credentials first = Credentials.of("AKID1", KEY);
        assertEquals(first, CredentialsProvider.of(first).credentials());
        Credentials[] current = {first};
        CredentialsProvider rotating = () -> current[0];
        current[0] = Credentials.of("AKID2", KEY);
        assertEquals("AKID2", rotating.credentials().secretId());
    }

    private static Path write(Path home, String text) throws IOException {
        Path file = home.resolve(".tencentcloud").resolve("credentials");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
