package dev.tcgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.tcgen.generator.model.Action;
import dev.tcgen.generator.model.Model;
import dev.tcgen.generator.model.Service;
import dev.tcgen.generator.model.Shape;
import dev.tcgen.generator.write.SourceWriter;
import dev.tcgen.generator.write.SourceWriter.Rendered;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Turns a model into Java sources: the runtime's sources copied under the output's {@code core} package (unless the
 * runtime is a dependency), the common error codes, then each service's records, error codes, exception, client
 * (and sandbox). The order is fixed by the model, so the same model always gives the same files.
 */
public final class JavaEmitter {

    private final GeneratedNames names;
    private final EmitOptions options;

    /** @param basePackage validated by the caller, e.g. {@code dev.tcgen.client} */
    public JavaEmitter(String basePackage, EmitOptions options) {
        this.names = new GeneratedNames(basePackage, options.runtime());
        this.options = options;
    }

    /** The runtime's files as they go into the output; none when the runtime is a dependency. */
    public List<Rendered> runtimeCopies() {
        if (options.runtime() == RuntimeMode.DEPENDENCY) {
            return List.of();
        }
        return RuntimeSources.copies(names.corePackage(), options.sandbox());
    }

    /** The paths of the files only a sandbox needs (its runtime, each service's sandbox); none without a sandbox. */
    public Set<String> sandboxPaths(Model model) {
        Set<String> paths = new TreeSet<>();
        if (!options.sandbox()) {
            return paths;
        }
        if (options.runtime() == RuntimeMode.EMBEDDED) {
            RuntimeSources.SANDBOX_ONLY.forEach(file -> paths.add(names.corePackage().replace('.', '/') + "/" + file));
        }
        for (Service service : model.services()) {
            paths.add(names.sandbox(service).reflectionName().replace('.', '/') + ".java");
        }
        return paths;
    }

    /**
     * Whether {@code model}'s common error codes are those the runtime jar ships, which {@link RuntimeMode#DEPENDENCY}
     * needs: its {@code CommonErrorCode} cannot change per build.
     */
    public static boolean commonErrorsFitTheRuntime(Model model) {
        JavaFile emitted = new ErrorCodeEnumEmitter().emit(commonErrorCodes(
                new GeneratedNames(RuntimeSources.RUNTIME_PACKAGE, RuntimeMode.DEPENDENCY), model));
        return SourceWriter.render(emitted).text().equals(RuntimeSources.original("CommonErrorCode.java"));
    }

    /**
     * The files the model defines, each made by its own emitter: independent of each other, so they can be made in
     * any order or at once.
     */
    public List<Supplier<JavaFile>> modelArtifacts(Model model) {
        List<Supplier<JavaFile>> artifacts = new ArrayList<>();
        ErrorCodeEnumEmitter errorCodes = new ErrorCodeEnumEmitter();
        if (options.runtime() == RuntimeMode.EMBEDDED) {
            artifacts.add(() -> errorCodes.emit(commonErrorCodes(names, model)));
        }
        RecordEmitter records = new RecordEmitter(names);
        ServiceExceptionEmitter exceptions = new ServiceExceptionEmitter(names);
        ClientEmitter clients = new ClientEmitter(names);
        SandboxEmitter sandboxes = new SandboxEmitter(names);
        for (Service service : model.services()) {
            for (Action action : service.actions()) {
                artifacts.add(() -> records.emit(new RecordEmitter.Type(service, action.request(), action)));
                artifacts.add(() -> records.emit(new RecordEmitter.Type(service, action.response(), action)));
            }
            for (Shape type : service.types()) {
                artifacts.add(() -> records.emit(new RecordEmitter.Type(service, type, null)));
            }
            String title = service.title() == null ? service.name() : service.title();
            artifacts.add(() -> errorCodes.emit(new ErrorCodeEnumEmitter.Codes(names.errorCode(service),
                    "Error codes of " + Javadoc.text(title) + " ({@code " + service.name() + "} " + service.version()
                            + ") as its spec lists them.", service.errors())));
            artifacts.add(() -> exceptions.emit(service));
            artifacts.add(() -> clients.emit(service));
            if (options.sandbox()) {
                artifacts.add(() -> sandboxes.emit(service));
            }
        }
        return artifacts;
    }

    private static ErrorCodeEnumEmitter.Codes commonErrorCodes(GeneratedNames names, Model model) {
        return new ErrorCodeEnumEmitter.Codes(names.commonErrorCode(),
                "Error codes that every Tencent Cloud API 3.0 service may return.", model.commonErrors());
    }
}
