package dev.tcgen.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Credentials from an INI file: {@code secret_id} and {@code secret_key} in section {@code [default]}.
 * Lines starting with {@code #} or {@code ;} are comments.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
    private final Path file;

    /**
     * A provider that reads section {@code [default]} of {@code file}.
     *
     * @param file the credentials file
     */
    public ProfileCredentialsProvider(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * The file {@code .tencentcloud/credentials} under {@code home}.
     *
     * @param home the home directory
     * @return the provider
     */
    public static ProfileCredentialsProvider inHome(Path home) {
        return new ProfileCredentialsProvider(home.resolve(".tencentcloud").resolve("credentials"));
    }

    /**
     * The file {@code ~/.tencentcloud/credentials} of the user running the JVM.
     *
     * @return the provider
     */
    public static ProfileCredentialsProvider inUserHome() {
        return inHome(Path.of(System.getProperty("user.home")));
    }

    /**
     * The file read.
     *
     * @return the credentials file
     */
    public Path file() {
        return file;
    }

    @Override
    public Credentials credentials() {
        if (!Files.isRegularFile(file)) {
            throw new CredentialsException("no credentials file at " + file);
        }
        String section = "";
        String secretId = null;
        String secretKey = null;
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1).strip();
                    continue;
                }
                int equals = line.indexOf('=');
                if (!section.equals("default") || equals < 0) {
                    continue;
                }
                String key = line.substring(0, equals).strip();
                String value = line.substring(equals + 1).strip();
                if (key.equals("secret_id")) {
                    secretId = value;
                } else if (key.equals("secret_key")) {
                    secretKey = value;
                }
            }
        } catch (IOException e) {
            throw new CredentialsException("cannot read the credentials file " + file + ": " + e.getClass().getSimpleName());
        }
        if (secretId == null || secretId.isEmpty() || secretKey == null || secretKey.isEmpty()) {
            throw new CredentialsException("the credentials file " + file + " lacks secret_id or secret_key in [default]");
        }
        return Credentials.of(secretId, secretKey);
    }

    @Override
    public String toString() {
        return "ProfileCredentialsProvider[" + file + "]";
    }
}
