package dev.tcgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a model into Java sources: the shared {@code core} package once, then each service's records and
 * error codes. The order is fixed by the model, so the same model always gives the same files. Every
 * artifact is also available as its own step, so that a caller can build them concurrently.
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

    /**
     * The artifacts that no spec shapes: the shared {@code core} package (with the sandbox's core when asked
     * for). They can be built before, or while, the specs load.
     */
    public List<Supplier<JavaFile>> coreArtifacts() {
        List<Supplier<JavaFile>> artifacts = new ArrayList<>();
        artifacts.add(() -> new JsonValuesEmitter().emit(names.jsonValues()));
        artifacts.add(() -> new CredentialsEmitter().emit(names.credentials()));
        artifacts.add(() -> new CredentialsExceptionEmitter().emit(names.credentialsException()));
        artifacts.add(() -> new CredentialsProviderEmitter(names).emit());
        artifacts.add(() -> new EnvironmentCredentialsEmitter(names).emit());
        artifacts.add(() -> new ProfileCredentialsEmitter(names).emit());
        artifacts.add(() -> new CredentialsChainEmitter(names).emit());
        artifacts.add(() -> new SignerEmitter(names).emit());
        artifacts.add(() -> new ApiExceptionEmitter(names).emit());
        artifacts.add(() -> new TransportExceptionEmitter(names).emit());
        artifacts.add(() -> new RetryPolicyEmitter(names).emit());
        artifacts.add(() -> new RateLimiterEmitter(names).emit());
        artifacts.add(() -> new InvokerEmitter(names).emit());
        if (options.sandbox()) {
            artifacts.add(() -> new SandboxRulesEmitter(names).emit());
            artifacts.add(() -> new SandboxAnswersEmitter(names).emit());
            artifacts.add(() -> new SandboxServerEmitter(names).emit());
        }
        return artifacts;
    }

    /**
     * The artifacts the model defines: the common error codes and each service's records, error codes,
     * exception, client (and sandbox). Each one is independent of the others, so they can be built in any
     * order or at once.
     */
    public List<Supplier<JavaFile>> modelArtifacts(Model model) {
        List<Supplier<JavaFile>> artifacts = new ArrayList<>();
        ErrorCodeEnumEmitter errorCodes = new ErrorCodeEnumEmitter();
        artifacts.add(() -> errorCodes.emit(names.commonErrorCode(),
                "Error codes that every Tencent Cloud API 3.0 service may return.", model.commonErrors()));
        RecordEmitter records = new RecordEmitter(names);
        for (Service service : model.services()) {
            for (Action action : service.actions()) {
                artifacts.add(() -> records.emit(service, action.request(), action));
                artifacts.add(() -> records.emit(service, action.response(), action));
            }
            for (Shape type : service.types()) {
                artifacts.add(() -> records.emit(service, type, null));
            }
            String title = service.title() == null ? service.name() : service.title();
            artifacts.add(() -> errorCodes.emit(names.errorCode(service),
                    "Error codes of " + Javadoc.text(title) + " ({@code " + service.name() + "} " + service.version()
                            + ") as its spec lists them.", service.errors()));
            artifacts.add(() -> new ServiceExceptionEmitter(names).emit(service));
            artifacts.add(() -> new ClientEmitter(names).emit(service));
            if (options.sandbox()) {
                artifacts.add(() -> new SandboxEmitter(names).emit(service));
            }
        }
        return artifacts;
    }
}
