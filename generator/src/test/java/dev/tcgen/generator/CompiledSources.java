package dev.tcgen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles sources in memory with {@code -Xlint:all -Werror} and loads the classes, to call generated code for real. */
public final class CompiledSources extends ClassLoader {

    private final Map<String, byte[]> classes = new HashMap<>();

    private CompiledSources(Compilation compilation) {
        super(CompiledSources.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            String binary = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
                    .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(binary, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Compiles {@code sources} (path like {@code a/b/C.java} → text); fails the test on any error or warning. */
    public static CompiledSources compile(Map<String, String> sources) {
        List<JavaFileObject> files = new ArrayList<>();
        sources.forEach((path, text) -> files.add(JavaFileObjects.forSourceString(
                path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
        Compilation compilation = Compiler.javac().withOptions("--release", "17", "-Xlint:all", "-Werror").compile(files);
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledSources(compilation);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
