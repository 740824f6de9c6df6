package dev.tcgen.benchmarks.calls;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.tcgen.benchmarks.signing.SigningBenchmark;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.RetryPolicy;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One GetRunCalls call over loopback to {@link ExampleServer} (its own process, started by benchmarks/run.sh
 * and named by {@code -p port=PORT}): the generated client, the official SDK client, and the floor (the same
 * POST with the JDK HttpClient, unsigned, body left unparsed). Sample mode gives the latency percentiles;
 * run with {@code -t 1} and {@code -t 16}. Rate limiting and retries are off.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {

    @Param("0")
    public int port;

    private OmicsClient generated;
    private com.tencentcloudapi.omics.v20221128.OmicsClient official;
    private HttpClient floorClient;
    private HttpRequest floorRequest;

    @Setup(Level.Trial)
    public void connect() {
        if (port == 0) {
            throw new IllegalStateException("start ExampleServer and pass its port: -p port=PORT");
        }
        generated = OmicsClient.builder()
                .credentials(Credentials.of(SigningBenchmark.SECRET_ID, SigningBenchmark.SECRET_KEY))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .rateLimit(false)
                // The default policy, as users run it: it matters only when a pooled keep-alive connection
                // is closed just as it is reused (see floor()); without it that one failure voids the
                // whole JMH iteration.
                .retryPolicy(RetryPolicy.defaults())
                .build();

        HttpProfile httpProfile = new HttpProfile();
        httpProfile.setEndpoint("127.0.0.1:" + port);
        httpProfile.setProtocol("http://");
        ClientProfile clientProfile = new ClientProfile();
        clientProfile.setHttpProfile(httpProfile);
        official = new com.tencentcloudapi.omics.v20221128.OmicsClient(
                new Credential(SigningBenchmark.SECRET_ID, SigningBenchmark.SECRET_KEY), "ap-guangzhou", clientProfile);

        floorClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        floorRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(SigningBenchmark.PAYLOAD))
                .header("Content-Type", SigningBenchmark.CONTENT_TYPE)
                .header("X-TC-Action", "GetRunCalls")
                .header("X-TC-Version", "2022-11-28")
                .header("X-TC-Timestamp", Long.toString(SigningBenchmark.TIMESTAMP))
                .build();
    }

    @TearDown(Level.Trial)
    public void close() {
        generated.close();
    }

    @Benchmark
    public GetRunCallsResponse generated() {
        return generated.getRunCalls(GetRunCallsRequest.builder()
                .runUuid("84232c68-a016-4668-b2e3-168a175d6f29").path("/").projectId("prj-peaceful-pink-bird-631828")
                .build());
    }

    @Benchmark
    public com.tencentcloudapi.omics.v20221128.models.GetRunCallsResponse officialSdk() throws TencentCloudSDKException {
        com.tencentcloudapi.omics.v20221128.models.GetRunCallsRequest request =
                new com.tencentcloudapi.omics.v20221128.models.GetRunCallsRequest();
        request.setRunUuid("84232c68-a016-4668-b2e3-168a175d6f29");
        request.setPath("/");
        request.setProjectId("prj-peaceful-pink-bird-631828");
        return official.GetRunCalls(request);
    }

    /**
     * The JDK's client can pick a pooled connection that it is closing at that moment ("connection closed
     * locally"); seen about once per few 16-thread runs here, for the floor as for the generated client. One
     * more try, as the generated client's default policy makes (without its backoff), so that such a moment
     * does not void a whole iteration; it costs nothing when nothing fails.
     */
    @Benchmark
    public byte[] floor() throws IOException, InterruptedException {
        try {
            return floorClient.send(floorRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            return floorClient.send(floorRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
