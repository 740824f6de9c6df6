package dev.tcgen.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one call may set differently from its client: a deadline for the whole call (every attempt and every wait
 * between them), extra headers, the region, the retry policy and the language. Immutable; unset options keep the
 * client's. Passed to a generated client's overload {@code x(request, options)}.
 */
public final class CallOptions {
    private static final CallOptions NONE = new Builder().build();

    private final Duration timeout;
    private final Map<String, String> headers;
    private final String region;
    private final RetryPolicy retryPolicy;
    private final String language;

    private CallOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.headers = Map.copyOf(builder.headers);
        this.region = builder.region;
        this.retryPolicy = builder.retryPolicy;
        this.language = builder.language;
    }

    /**
     * No options: every setting is the client's.
     *
     * @return the options that change nothing
     */
    public static CallOptions none() {
        return NONE;
    }

    /**
     * A builder with every option unset.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The longest the whole call may take, all attempts and backoffs included; empty for no limit beyond the client's.
     *
     * @return the deadline of the whole call, if set
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * Headers sent with every attempt of this call, besides the client's; names as given.
     *
     * @return the extra headers, unmodifiable; empty for none
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The region for this call instead of the client's; empty for the client's.
     *
     * @return the region, if set
     */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The retry policy for this call instead of the client's; empty for the client's.
     *
     * @return the retry policy, if set
     */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /**
     * The language of messages for this call ({@code zh-CN}, {@code en-US}); empty for the client's.
     *
     * @return the language, if set
     */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Names the options set; header values are left out, since they may hold credentials of the caller's own. */
    @Override
    public String toString() {
        return "CallOptions[timeout=" + timeout + ", headers=" + headers.keySet() + ", region=" + region
                + ", retryPolicy=" + retryPolicy + ", language=" + language + "]";
    }

    /** Builds {@link CallOptions}; not thread-safe. */
    public static final class Builder {
        private Duration timeout;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String region;
        private RetryPolicy retryPolicy;
        private String language;

        private Builder() {
        }

        /**
         * The longest the whole call may take; throws {@link IllegalArgumentException} unless positive.
         *
         * @param timeout the deadline, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * A header to send with every attempt, e.g. a tracing header. Throws {@link IllegalArgumentException} for
         * a header the client sets itself ({@code Authorization}, {@code Host}, {@code Content-Type}, the
         * {@code X-TC-} headers of the protocol), or a name or value that could break the request's framing.
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("authorization") || lower.equals("host") || lower.equals("content-type")
                    || lower.equals("content-length") || RESERVED.contains(lower)) {
                throw new IllegalArgumentException("the header " + name + " is set by the client itself");
            }
            if (name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 0x7f)
                    || value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
                throw new IllegalArgumentException("not a valid header: " + name);
            }
            headers.put(name, value);
            return this;
        }

        /**
         * The region for this call, e.g. {@code ap-guangzhou}.
         *
         * @param region the region; null or blank for the client's
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region == null || region.isBlank() ? null : region.strip();
            return this;
        }

        /**
         * The retry policy for this call, e.g. {@link RetryPolicy#none()}.
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * The language of messages for this call: {@code zh-CN} or {@code en-US}.
         *
         * @param language the language; null or blank for the client's
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language == null || language.isBlank() ? null : language.strip();
            return this;
        }

        /**
         * The options set so far.
         *
         * @return the options
         */
        public CallOptions build() {
            return new CallOptions(this);
        }

        private static final Set<String> RESERVED = Set.of(
                "x-tc-action", "x-tc-version", "x-tc-timestamp", "x-tc-region", "x-tc-token", "x-tc-language",
                "x-tc-requestclient");
    }
}
