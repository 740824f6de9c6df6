package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Invoker.Settings}, the record a generated client's builder fills: what the service is (name,
 * version, per-action rate limits, its exception) and how the user configured the client.
 */
final class InvokerSettingsEmitter {

    private final GeneratedNames names;

    InvokerSettingsEmitter(GeneratedNames names) {
        this.names = names;
    }

    TypeSpec emit(ClassName settings, ClassName errorFactory) {
        TypeName rateLimits = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ClassName.get(Integer.class));
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "service")
                .addParameter(String.class, "version")
                .addParameter(URI.class, "endpoint")
                .addParameter(names.credentialsProvider(), "credentials")
                .addParameter(String.class, "region")
                .addParameter(String.class, "language")
                .addParameter(Duration.class, "connectTimeout")
                .addParameter(Duration.class, "readTimeout")
                .addParameter(names.retryPolicy(), "retryPolicy")
                .addParameter(rateLimits, "rateLimits")
                .addParameter(HttpClient.class, "httpClient")
                .addParameter(Clock.class, "clock")
                .addParameter(errorFactory, "errors")
                .addParameter(int.class, "maxResponseBytes");
        for (String required : new String[] {"service", "version", "endpoint", "credentials", "connectTimeout",
                "readTimeout", "retryPolicy", "clock", "errors"}) {
            constructor.addStatement("$T.requireNonNull($N, $S)", Objects.class, required, required);
        }
        constructor.addStatement("rateLimits = $T.copyOf(rateLimits)", Map.class);
        for (String timeout : new String[] {"connectTimeout", "readTimeout"}) {
            constructor.beginControlFlow("if ($1N.isNegative() || $1N.isZero())", timeout)
                    .addStatement("throw new IllegalArgumentException($S + $N)", timeout + " must be positive, not ", timeout)
                    .endControlFlow();
        }
        constructor.beginControlFlow("if (maxResponseBytes < 1)")
                .addStatement("throw new IllegalArgumentException($S + maxResponseBytes)", "maxResponseBytes must be positive, not ")
                .endControlFlow();
        return TypeSpec.recordBuilder(settings)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("""
                        How to reach and call one service version.

                        @param service the product name that signatures use, e.g. {@code omics}
                        @param version the API version, e.g. {@code 2022-11-28}
                        @param endpoint where calls go, e.g. {@code https://omics.tencentcloudapi.com}
                        @param credentials asked before every attempt
                        @param region sent as {@code X-TC-Region}; null for none
                        @param language sent as {@code X-TC-Language} ({@code zh-CN}, {@code en-US}); null for none
                        @param connectTimeout for the HttpClient the invoker makes (a supplied one keeps its own)
                        @param readTimeout the longest wait for a complete response, per attempt
                        @param retryPolicy which failures to retry, how often, how long to wait
                        @param rateLimits calls per second by action name; actions not listed are not limited
                        @param httpClient the client to send with; null to make one
                        @param clock the source of request timestamps
                        @param errors makes the service's exception for an API error
                        @param maxResponseBytes the longest response body read; a longer one fails the call
                        """)
                .recordConstructor(constructor.build())
                .build();
    }
}
