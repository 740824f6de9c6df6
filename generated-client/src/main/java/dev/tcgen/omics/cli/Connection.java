package dev.tcgen.omics.cli;

import dev.tcgen.client.core.ClientSettings;
import dev.tcgen.client.core.CredentialsChain;
import dev.tcgen.client.core.CredentialsException;
import dev.tcgen.client.core.CredentialsProvider;
import dev.tcgen.client.core.EnvironmentCredentialsProvider;
import dev.tcgen.client.core.ProfileCredentialsProvider;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import dev.tcgen.client.omics.v20221128.OmicsSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The client a command talks through: to the real service with the user's credentials, or to the
 * embedded sandbox seeded with the spec's examples and the demo run.
 */
final class Connection implements AutoCloseable {

    /** The demo run shipped with the command line; see {@code demo-run.json} beside this class. */
    static final String DEMO_RUN_UUID = "c0ffee00-5eed-4d3e-8a11-de302022a001";
    static final String DEMO_ANSWERS = "demo-run.json";

    private final OmicsSandbox sandbox;
    private final OmicsClient client;

    private Connection(OmicsSandbox sandbox, OmicsClient client) {
        this.sandbox = sandbox;
        this.client = client;
    }

    OmicsClient client() {
        return client;
    }

    static Connection open(Options options, Map<String, String> environment, Path home) throws UsageException {
        String region = options.value("--region");
        String endpoint = options.value("--endpoint");
        if (options.flag("--sandbox")) {
            if (endpoint != null) {
                throw new UsageException("--sandbox and --endpoint exclude each other: the sandbox has its own endpoint");
            }
            OmicsSandbox sandbox = startSandbox();
            return new Connection(sandbox, sandbox.clientBuilder().region(region).build());
        }
        CredentialsProvider credentials = new CredentialsChain(List.of(
                new EnvironmentCredentialsProvider(environment::get), ProfileCredentialsProvider.inHome(home)));
        try {
            credentials.credentials();
        } catch (CredentialsException e) {
            throw new UsageException("no credentials: set " + EnvironmentCredentialsProvider.SECRET_ID + " and "
                    + EnvironmentCredentialsProvider.SECRET_KEY + " (and " + EnvironmentCredentialsProvider.SESSION_TOKEN
                    + " for temporary ones), or write them to " + home.resolve(".tencentcloud").resolve("credentials")
                    + "; or try --sandbox (" + e.getMessage() + ")");
        }
        ClientSettings.Builder<OmicsClient> client = OmicsClient.builder().credentialsProvider(credentials).region(region);
        if (endpoint != null) {
            client.endpoint(endpoint(endpoint));
        }
        try {
            return new Connection(null, client.build());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--endpoint: " + e.getMessage());
        }
    }

    private static URI endpoint(String text) throws UsageException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new UsageException("--endpoint '" + text + "' is not a URL (e.g. https://omics.tencentcloudapi.com)");
        }
    }

    private static OmicsSandbox startSandbox() {
        // The JDK server otherwise answers small requests ~40 ms late (delayed ACKs); this process is ours.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try (InputStream demo = Connection.class.getResourceAsStream(DEMO_ANSWERS)) {
            if (demo == null) {
                throw new IllegalStateException("the command line's jar lacks " + DEMO_ANSWERS);
            }
            return OmicsSandbox.builder().answers(demo, DEMO_ANSWERS).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo run " + DEMO_ANSWERS, e);
        }
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
