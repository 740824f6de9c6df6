package dev.tcgen.runtime;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * What a generated client knows of its service version from the spec; the same for every client of it.
 *
 * @param name the product name that signatures use, e.g. {@code omics}
 * @param version the API version, e.g. {@code 2022-11-28}
 * @param defaultEndpoint where calls go unless the builder says otherwise
 * @param rateLimits documented calls per second by action name; actions not listed are not limited
 * @param errors makes the service's exception for an API error, e.g. {@code OmicsException::new}
 */
public record ServiceDescription(String name, String version, URI defaultEndpoint, Map<String, Integer> rateLimits,
        ErrorFactory errors) {

    public ServiceDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(defaultEndpoint, "defaultEndpoint");
        rateLimits = Map.copyOf(rateLimits);
        Objects.requireNonNull(errors, "errors");
    }

    /** Makes the service's exception for an API error, e.g. {@code OmicsException::new}. */
    @FunctionalInterface
    public interface ErrorFactory {
        TencentCloudException create(String action, String code, String message, String requestId);
    }
}
