package dev.tcgen.runtime;

import dev.tcgen.runtime.internal.SandboxRules;
import dev.tcgen.runtime.internal.SandboxServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Configures a generated sandbox ({@code <Service>Sandbox.builder()}); not thread-safe. {@link #start()} starts it.
 *
 * @param <S> the generated sandbox it starts
 */
public final class SandboxBuilder<S extends ServiceSandbox> {
    private final SandboxRules.Service rules;
    private final Supplier<List<SandboxAnswers.Answer>> examples;
    private final Function<SandboxServer, S> sandbox;
    private final List<SandboxAnswers.Answer> answers = new ArrayList<>();
    private Credentials credentials;
    private boolean withExamples = true;
    private Clock clock = Clock.systemUTC();

    SandboxBuilder(SandboxRules.Service rules, Supplier<List<SandboxAnswers.Answer>> examples,
            Function<SandboxServer, S> sandbox) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.examples = Objects.requireNonNull(examples, "examples");
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    }

    /**
     * The only credentials to accept (default: fresh random ones per sandbox).
     *
     * @param credentials the credentials
     * @return this builder
     */
    public SandboxBuilder<S> credentials(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return this;
    }

    /**
     * Answers requests of {@code action} that agree with {@code requestJson} (the parameters that matter) with
     * {@code responseJson} (output fields, or an {@code Error}); answers added earlier win ties, and all of them
     * win ties with the spec's examples. Throws {@link IllegalArgumentException} for an action the service lacks
     * or text that is not a JSON object.
     *
     * @param action the action
     * @param requestJson the parameters that must agree, a JSON object
     * @param responseJson the answer, a JSON object
     * @return this builder
     */
    public SandboxBuilder<S> answer(String action, String requestJson, String responseJson) {
        return add(List.of(SandboxAnswers.of(action, requestJson, responseJson, "answer(...) for " + action)));
    }

    /**
     * Adds the answers of a JSON answers file. Throws {@link IllegalArgumentException} naming the file and the
     * entry for malformed content or an action the service lacks.
     *
     * @param file the answers file
     * @return this builder
     * @throws java.io.IOException when the file cannot be read
     */
    public SandboxBuilder<S> answers(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return answers(in, file.toString());
        }
    }

    /**
     * Adds the answers of JSON answers-file content; {@code source} names it in messages.
     *
     * @param json the content
     * @param source its name, for messages
     * @return this builder
     * @throws java.io.IOException when the content cannot be read
     */
    public SandboxBuilder<S> answers(InputStream json, String source) throws IOException {
        return add(SandboxAnswers.read(json, source));
    }

    /**
     * Whether the spec's examples answer too, after your own answers (default true).
     *
     * @param examples false to answer with your own answers only
     * @return this builder
     */
    public SandboxBuilder<S> examples(boolean examples) {
        this.withExamples = examples;
        return this;
    }

    /**
     * The clock that request timestamps are checked against and requests per second counted by.
     *
     * @param clock the clock
     * @return this builder
     */
    public SandboxBuilder<S> clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Starts the sandbox on a free loopback port.
     *
     * @return the running sandbox; close it to stop it
     */
    public S start() {
        List<SandboxAnswers.Answer> all = new ArrayList<>(answers);
        if (withExamples) {
            all.addAll(examples.get());
        }
        Credentials used = credentials != null ? credentials
                : Credentials.of("AKIDsandbox" + UUID.randomUUID().toString().replace("-", ""),
                        UUID.randomUUID().toString().replace("-", ""));
        return sandbox.apply(SandboxServer.start(new SandboxServer.Settings(rules.name(), rules.version(), used,
                rules.actions(), rules.types(), all, clock)));
    }

    private SandboxBuilder<S> add(List<SandboxAnswers.Answer> added) {
        for (SandboxAnswers.Answer answer : added) {
            if (!rules.actions().containsKey(answer.action())) {
                throw new IllegalArgumentException(answer.source() + ": " + rules.name() + " has no action '"
                        + answer.action() + "' (it has " + new TreeSet<>(rules.actions().keySet()) + ")");
            }
        }
        answers.addAll(added);
        return this;
    }
}
