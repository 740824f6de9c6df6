package dev.tcgen.runtime;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a generated client knows of its service version from the spec; the same for every client of it.
 *
 * @param name the product name that signatures use, e.g. {@code omics}
 * @param version the API version, e.g. {@code 2022-11-28}
 * @param defaultEndpoint where calls go unless the builder says otherwise
 * @param rateLimits documented calls per second by action name; actions not listed are not limited
 * @param errors makes the service's exception for an API error, e.g. {@code OmicsException::new}
 * @param sensitiveFields the wire names of the fields the spec marks {@code sensitive}, in any shape of the
 *     service; wire logging masks their values (besides names like {@code Password} it always masks)
 */
public record ServiceDescription(String name, String version, URI defaultEndpoint, Map<String, Integer> rateLimits,
        ErrorFactory errors, Set<String> sensitiveFields) {

    /**
     * Checks that every part is given and copies the rate limits and sensitive names.
     *
     * @param name the product name, e.g. {@code omics}
     * @param version the API version, e.g. {@code 2022-11-28}
     * @param defaultEndpoint where calls go by default
     * @param rateLimits documented calls per second, by action
     * @param errors makes the service's exception for an API error
     * @param sensitiveFields the JSON names of fields never to log
     */
    public ServiceDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(defaultEndpoint, "defaultEndpoint");
        rateLimits = Map.copyOf(rateLimits);
        Objects.requireNonNull(errors, "errors");
        sensitiveFields = Set.copyOf(sensitiveFields);
    }

    /**
     * A service none of whose fields the spec marks sensitive.
     *
     * @param name the product name
     * @param version the API version
     * @param defaultEndpoint where calls go by default
     * @param rateLimits documented calls per second, by action
     * @param errors makes the service's exception for an API error
     */
    public ServiceDescription(String name, String version, URI defaultEndpoint, Map<String, Integer> rateLimits,
            ErrorFactory errors) {
        this(name, version, defaultEndpoint, rateLimits, errors, Set.of());
    }

    /** Makes the service's exception for an API error, e.g. {@code OmicsException::new}. */
    @FunctionalInterface
    public interface ErrorFactory {
        /**
         * The service's exception for an API error.
         *
         * @param action the action called
         * @param code the error code as sent
         * @param message the server's message
         * @param requestId the RequestId of the answer
         * @return the exception
         */
        TencentCloudException create(String action, String code, String message, String requestId);
    }
}
