package dev.tcgen.client.core.internal;

import dev.tcgen.benchmarks.calls.ExampleServer;
import dev.tcgen.benchmarks.signing.SigningBenchmark;
import dev.tcgen.client.core.CallOptions;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.Operation;
import dev.tcgen.client.core.ServiceClient;
import dev.tcgen.client.omics.v20221128.GetRunCallsRequest;
import dev.tcgen.client.omics.v20221128.GetRunCallsResponse;
import dev.tcgen.client.omics.v20221128.OmicsClient;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The stages of one GetRunCalls call that are tcgen's own, each alone and without the network, so that
 * {@code -prof gc} gives what each allocates: prepare (the request written as JSON), sign (the signed request,
 * whose header map the JDK's {@code HttpHeaders.of} copies) and read (the answer bound, its envelope checked).
 * What {@link dev.tcgen.benchmarks.calls.CallBenchmark} measures beyond these and the floor is the JDK's HttpClient
 * handling the header lines the floor does not send. It lives in the generated client's runtime package, since the
 * stages are package-private there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallStagesBenchmark {
    @Param("spec/omics/2022-11-28.yaml")
    public String spec;

    private OmicsClient client;

    private Operation<GetRunCallsRequest, GetRunCallsResponse> operation;

    private GetRunCallsRequest request;

    private MethodHandle prepare;

    private Invoker invoker;

    private Attempts attempts;

    private PreparedCall<GetRunCallsResponse> prepared;

    private byte[] answer;

    private HttpHeaders answerHeaders;

    @Setup
    @SuppressWarnings("unchecked") // the client's constant has exactly these types
    public void setUp() throws ReflectiveOperationException {
        client = OmicsClient.builder()
                .credentials(Credentials.of(SigningBenchmark.SECRET_ID, SigningBenchmark.SECRET_KEY))
                .endpoint(URI.create("http://127.0.0.1:9"))
                .rateLimit(false)
                .build();
        invoker = (Invoker) field(ServiceClient.class, "invoker").get(client);
        attempts = (Attempts) field(Invoker.class, "attempts").get(invoker);
        operation = (Operation<GetRunCallsRequest, GetRunCallsResponse>) field(OmicsClient.class, "GET_RUN_CALLS").get(null);
        request = GetRunCallsRequest.builder()
                .runUuid("84232c68-a016-4668-b2e3-168a175d6f29").path("/").projectId("prj-peaceful-pink-bird-631828")
                .build();
        prepare = MethodHandles.privateLookupIn(Invoker.class, MethodHandles.lookup()).findVirtual(Invoker.class, "prepare",
                MethodType.methodType(PreparedCall.class, Operation.class, Object.class, CallOptions.class));
        prepared = prepare();
        answer = ExampleServer.exampleResponse(Path.of(spec), "GetRunCalls");
        answerHeaders = HttpHeaders.of(Map.of(), (name, value) -> true);
    }

    @TearDown
    public void close() {
        client.close();
    }

    @Benchmark
    @SuppressWarnings("unchecked") // prepare keeps the operation's response type
    public PreparedCall<GetRunCallsResponse> prepare() {
        try {
            return (PreparedCall<GetRunCallsResponse>) prepare.invokeExact(invoker, (Operation<?, ?>) operation,
                    (Object) request, CallOptions.none());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public HttpRequest sign() {
        return attempts.signer.sign(prepared, Duration.ofSeconds(30), Map.of());
    }

    @Benchmark
    public GetRunCallsResponse read() {
        return attempts.reader.read(prepared, new HttpSender.Exchange(200, answerHeaders, answer));
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
