package dev.tcgen.generator.emit;

import dev.tcgen.generator.write.SourceWriter.Rendered;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The runtime ({@code runtime/src/main/java/dev/tcgen/runtime}, shipped in this jar as resources) as it goes into
 * an output: each file as written in the repository, with only the runtime's package name replaced by the output's
 * core package. Lines stay where they are, so a stack trace through the copy points at the repository's line; the
 * do-not-edit note shares the package line for that reason.
 */
final class RuntimeSources {

    /** The package of the hand-written runtime, and of generated code's imports with {@link RuntimeMode#DEPENDENCY}. */
    static final String RUNTIME_PACKAGE = "dev.tcgen.runtime";

    /**
     * Every runtime file that is copied, relative to the runtime package. {@code CommonErrorCode} is not among
     * them: it is emitted from the model, since a build may bring its own common error codes.
     */
    static final List<String> FILES = List.of(
            "AssumeRoleCredentialsProvider.java",
            "CallInterceptor.java",
            "CallOptions.java",
            "ClientConfigurationException.java",
            "ClientSettings.java",
            "Credentials.java",
            "CredentialsChain.java",
            "CredentialsException.java",
            "CredentialsProvider.java",
            "EnvironmentCredentialsProvider.java",
            "FailureOutcome.java",
            "InstanceRoleCredentialsProvider.java",
            "OidcRoleCredentialsProvider.java",
            "Operation.java",
            "PaginationException.java",
            "Paginator.java",
            "ProfileCredentialsProvider.java",
            "RetryPolicy.java",
            "SandboxAnswers.java",
            "SandboxBuilder.java",
            "ServiceClient.java",
            "ServiceDescription.java",
            "ServiceSandbox.java",
            "TencentCloudException.java",
            "TencentCloudSdkException.java",
            "TencentCloudTransportException.java",
            "package-info.java",
            "internal/AdaptiveRateLimiter.java",
            "internal/AsyncAttempts.java",
            "internal/Attempts.java",
            "internal/BodyMask.java",
            "internal/CallObserver.java",
            "internal/ClockSkew.java",
            "internal/CredentialsHttp.java",
            "internal/Envelope.java",
            "internal/ExpiringCredentials.java",
            "internal/HttpSender.java",
            "internal/IdempotencyToken.java",
            "internal/InstanceMetadata.java",
            "internal/Invoker.java",
            "internal/JsonFields.java",
            "internal/JsonTrees.java",
            "internal/JsonValues.java",
            "internal/OnePassRead.java",
            "internal/LimitedBody.java",
            "internal/Permits.java",
            "internal/PreparedCall.java",
            "internal/ProxyBypass.java",
            "internal/ProxyChoice.java",
            "internal/RateLimiter.java",
            "internal/RefreshingCredentials.java",
            "internal/RepeatedKeys.java",
            "internal/RequestSigner.java",
            "internal/ResponseReader.java",
            "internal/RetryDecision.java",
            "internal/SandboxPaging.java",
            "internal/SandboxRules.java",
            "internal/SandboxServer.java",
            "internal/ServerText.java",
            "internal/SignedRequest.java",
            "internal/StrictUtf8.java",
            "internal/StsExchange.java",
            "internal/Tc3Signer.java",
            "internal/TransportExceptions.java",
            "internal/WireLog.java",
            "internal/package-info.java");

    /** What only a sandbox runs on; left out of builds without one. */
    static final Set<String> SANDBOX_ONLY = Set.of(
            "SandboxAnswers.java", "SandboxBuilder.java", "ServiceSandbox.java", "internal/SandboxPaging.java",
            "internal/SandboxRules.java", "internal/SandboxServer.java");

    /** Where {@link #FILES} are in this jar. */
    static final String RESOURCES = "/dev/tcgen/generator/runtime/";

    private RuntimeSources() {}

    /** The copies for {@code corePackage}, the sandbox's files only when {@code sandbox}. */
    static List<Rendered> copies(String corePackage, boolean sandbox) {
        List<Rendered> copies = new ArrayList<>();
        for (String file : FILES) {
            if (sandbox || !SANDBOX_ONLY.contains(file)) {
                copies.add(new Rendered(corePackage.replace('.', '/') + "/" + file, copy(file, corePackage)));
            }
        }
        return copies;
    }

    /** One file of the runtime as it is in the repository. */
    static String original(String file) {
        try (InputStream in = RuntimeSources.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("the tcgen jar lacks the runtime source " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} with the runtime package renamed; its package line also says not to edit it. */
    static String copy(String file, String corePackage) {
        String[] lines = original(file).split("\n", -1);
        boolean packageLineSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            lines[i] = line.replace(RUNTIME_PACKAGE, corePackage);
            if (!packageLineSeen && line.startsWith("package " + RUNTIME_PACKAGE) && line.endsWith(";")) {
                packageLineSeen = true;
                lines[i] += " // Copied by tcgen from " + line.substring("package ".length(), line.length() - 1)
                        + "; do not edit.";
            }
        }
        if (!packageLineSeen) {
            throw new IllegalStateException("the runtime source " + file + " has no package line of " + RUNTIME_PACKAGE);
        }
        return String.join("\n", lines);
    }
}
