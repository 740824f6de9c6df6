package dev.tcgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a model into Java sources: the shared {@code core} package once, then each service's records and
 * error codes. The order is fixed by the model, so the same model always gives the same files.
 */
public final class JavaEmitter {

    private final GeneratedNames names;
    private final EmitOptions options;

    /** @param basePackage validated by the caller, e.g. {@code dev.tcgen.client} */
    public JavaEmitter(String basePackage) {
        this(basePackage, EmitOptions.defaults());
    }

    public JavaEmitter(String basePackage, EmitOptions options) {
        this.names = new GeneratedNames(basePackage);
        this.options = options;
    }

    public List<JavaFile> emit(Model model) {
        List<JavaFile> files = new ArrayList<>();
        ErrorCodeEnumEmitter errorCodes = new ErrorCodeEnumEmitter();
        files.add(new JsonValuesEmitter().emit(names.jsonValues()));
        files.add(errorCodes.emit(names.commonErrorCode(),
                "Error codes that every Tencent Cloud API 3.0 service may return.", model.commonErrors()));
        files.addAll(coreClientFiles());
        if (options.sandbox()) {
            files.addAll(coreSandboxFiles());
        }

        RecordEmitter records = new RecordEmitter(names);
        for (Service service : model.services()) {
            for (Action action : service.actions()) {
                files.add(records.emit(service, action.request(), action));
                files.add(records.emit(service, action.response(), action));
            }
            for (Shape type : service.types()) {
                files.add(records.emit(service, type, null));
            }
            String title = service.title() == null ? service.name() : service.title();
            files.add(errorCodes.emit(names.errorCode(service),
                    "Error codes of " + Javadoc.text(title) + " ({@code " + service.name() + "} " + service.version()
                            + ") as its spec lists them.", service.errors()));
            files.add(new ServiceExceptionEmitter(names).emit(service));
            files.add(new ClientEmitter(names).emit(service));
            if (options.sandbox()) {
                files.add(new SandboxEmitter(names).emit(service));
            }
        }
        return files;
    }

    /** The signed invoker and what it needs, shared by every service's client. */
    private List<JavaFile> coreClientFiles() {
        return List.of(
                new CredentialsEmitter().emit(names.credentials()),
                new CredentialsExceptionEmitter().emit(names.credentialsException()),
                new CredentialsProviderEmitter(names).emit(),
                new EnvironmentCredentialsEmitter(names).emit(),
                new ProfileCredentialsEmitter(names).emit(),
                new CredentialsChainEmitter(names).emit(),
                new SignerEmitter(names).emit(),
                new ApiExceptionEmitter(names).emit(),
                new TransportExceptionEmitter(names).emit(),
                new RetryPolicyEmitter(names).emit(),
                new RateLimiterEmitter(names).emit(),
                new InvokerEmitter(names).emit());
    }

    /** What every service's sandbox runs on. */
    private List<JavaFile> coreSandboxFiles() {
        return List.of(
                new SandboxRulesEmitter(names).emit(),
                new SandboxAnswersEmitter(names).emit(),
                new SandboxServerEmitter(names).emit());
    }
}
