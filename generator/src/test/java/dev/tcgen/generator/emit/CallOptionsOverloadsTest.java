package dev.tcgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overloads {@code x(request, options)} beside names that could take theirs, and what their Javadoc says of retries. */
class CallOptionsOverloadsTest {

    @Test
    void overloadsCompileBesideTheBaseClassesMethodsAndTypesNamedLikeTheRuntimes(@TempDir Path temp) {
        Model model = Fixtures.load("""
                tcgen: 1
                service:
                  name: names
                  version: "2024-01-02"
                  host: names.tencentcloudapi.com
                actions:
                  Call:
                    description: Named like ServiceClient.call, whose async method meets callAsync.
                    regionRequired: false
                    request:
                      Options: {type: CallOptions}
                  CallAsync:
                    description: Named like ServiceClient.callAsync.
                    regionRequired: false
                    idempotent: false
                    request:
                      ClientToken: {type: string}
                  DescribeOperation:
                    description: Answers with a type named like the runtime's Operation.
                    regionRequired: false
                    response:
                      Operation: {type: Operation}
                types:
                  CallOptions:
                    fields:
                      Timeout: {type: integer}
                  Operation:
                    fields:
                      Name: {type: string}
                """, temp, "names.yaml");
        Fixtures.assertCompilesWithoutWarnings(model, EmitOptions.defaults().withSandbox(true));

        String client = new Generator().render(model, "dev.tcgen.client")
                .get("dev/tcgen/client/names/v20240102/NamesClient.java");
        assertTrue(client.contains("import dev.tcgen.client.core.CallOptions;"), client);
        assertTrue(client.contains("public CallResponse call(CallRequest request, CallOptions options) {\n"
                + "        return call(CALL, request, options);"), client);
        assertTrue(client.contains("public CompletableFuture<CallResponse> callAsync_(CallRequest request, CallOptions options) {\n"
                + "        return callAsync(CALL, request, options);"), client);
        assertTrue(client.contains("new Operation<>(\"CallAsync\", CallAsyncResponse.class, Operation.Region.OPTIONAL, false,"
                + " \"ClientToken\",\n            CallAsyncRequest::writeJson, CallAsyncResponse::readJson)"), client);
        assertTrue(client.contains("is not sent again, since the action may not be safe to repeat."), client);
        assertTrue(client.contains("may be sent again: its idempotency token {@code ClientToken}, when left unset, is filled"
                + " once per call"), client);
        assertTrue(client.contains("may be sent again: the action is read-only by its name."), client);
    }
}
