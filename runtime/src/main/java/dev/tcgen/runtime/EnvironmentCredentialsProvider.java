package dev.tcgen.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * Credentials from {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and, for temporary credentials, {@code TENCENTCLOUD_SESSION_TOKEN}; read on every call.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    /** The variable that holds the SecretId. */
    public static final String SECRET_ID = "TENCENTCLOUD_SECRET_ID";

    /** The variable that holds the SecretKey. */
    public static final String SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";

    /** The variable that holds the session token of temporary credentials. */
    public static final String SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN";

    private final Function<String, String> environment;

    /**
     * @param environment variable name to value, or null when unset (e.g. {@code System::getenv})
     */
    public EnvironmentCredentialsProvider(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Credentials credentials() {
        String secretId = value(SECRET_ID);
        String secretKey = value(SECRET_KEY);
        if (secretId == null || secretKey == null) {
            throw new CredentialsException("the environment variables " + SECRET_ID + " and " + SECRET_KEY
                    + " are not both set");
        }
        return Credentials.of(secretId, secretKey, value(SESSION_TOKEN));
    }

    private String value(String variable) {
        String value = environment.apply(variable);
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider";
    }
}
