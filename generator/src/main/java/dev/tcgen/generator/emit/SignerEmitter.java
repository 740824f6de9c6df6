package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Tc3Signer}, TC3-HMAC-SHA256 as Tencent documents it. Each step is a public static method so
 * that the official test vectors can check it step by step, and the sandbox server verifies with them.
 * {@code authorization}, which every call pays for, computes the same bytes without those {@code String}s
 * (see {@link SignerWorkspaceEmitter}). The derived signing key depends only on (secret key, date, service), so
 * the signer keeps the last one and derives anew only when the key or the date changes.
 */
final class SignerEmitter {

    private static final ClassName MAC = ClassName.get(Mac.class);
    private static final ClassName DIGEST = ClassName.get(MessageDigest.class);

    private final GeneratedNames names;

    SignerEmitter(GeneratedNames names) {
        this.names = names;
    }

    JavaFile emit() {
        ClassName name = names.signer();
        ClassName cachedKey = name.nestedClass("SigningKey");
        SignerWorkspaceEmitter workspace = new SignerWorkspaceEmitter(name);
        TypeName headers = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ClassName.get(String.class));
        TypeSpec type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        TC3-HMAC-SHA256 request signing for one service; thread-safe.

                        <p>The service name is given, never derived from the host, so that local endpoints such as
                        {@code http://127.0.0.1:8080} sign correctly. The signing key derived from (secret key, date,
                        service) is cached.

                        <p>The static methods are the documented steps, one {@code String} each. {@link #authorization}
                        computes the same bytes without building those strings: each thread writes the canonical request
                        and the string to sign as UTF-8 into its own buffers and hashes them there.
                        """)
                .addField(constant("ALGORITHM", "TC3-HMAC-SHA256"))
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), MAC), "HMAC",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("A {@code Mac} is not thread-safe and costly to look up, so each thread keeps one.\n")
                        .initializer("$T.withInitial($T::newHmac)", ThreadLocal.class, name)
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), DIGEST), "SHA256",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.withInitial($T::newSha256)", ThreadLocal.class, name)
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), workspace.workspace()),
                                "WORKSPACE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.withInitial($T::new)", ThreadLocal.class, workspace.workspace())
                        .build())
                .addField(String.class, "service", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(cachedKey, "cached", Modifier.PRIVATE, Modifier.VOLATILE).build())
                .addField(FieldSpec.builder(AtomicLong.class, "derivations", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", AtomicLong.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param service the product name from the spec, e.g. {@code omics}\n")
                        .addParameter(String.class, "service")
                        .addStatement("this.service = $T.requireNonNull(service, \"service\")", Objects.class)
                        .build())
                .addMethod(authorization(name, headers))
                .addMethod(MethodSpec.methodBuilder("canonicalRequest")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("""
                                The canonical request: method, path {@code /}, query, the signed headers (names lowercased and
                                sorted, values trimmed and lowercased), the signed header names and the payload's SHA-256.
                                """)
                        .addParameter(String.class, "method")
                        .addParameter(String.class, "canonicalQuery")
                        .addParameter(headers, "headers")
                        .addParameter(byte[].class, "payload")
                        .returns(String.class)
                        .addCode("""
                                $T<String, String> signed = lowercased(headers);
                                StringBuilder canonical = new StringBuilder(256)
                                        .append(method).append("\\n/\\n").append(canonicalQuery).append('\\n');
                                for ($T.Entry<String, String> header : signed.entrySet()) {
                                    canonical.append(header.getKey()).append(':').append(header.getValue()).append('\\n');
                                }
                                return canonical.append('\\n').append(String.join(";", signed.keySet())).append('\\n')
                                        .append(sha256Hex(payload)).toString();
                                """, TreeMap.class, Map.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("signedHeaders")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The signed header names, lowercased, sorted, joined by {@code ;}.\n")
                        .addParameter(headers, "headers")
                        .returns(String.class)
                        .addStatement("return String.join(\";\", lowercased(headers).keySet())")
                        .build())
                .addMethod(MethodSpec.methodBuilder("stringToSign")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(long.class, "timestamp")
                        .addParameter(String.class, "service")
                        .addParameter(String.class, "canonicalRequest")
                        .returns(String.class)
                        .addStatement("return ALGORITHM + \"\\n\" + timestamp + \"\\n\" + date(timestamp) + \"/\" + service"
                                + " + \"/tc3_request\\n\" + sha256Hex(canonicalRequest.getBytes($T.UTF_8))",
                                StandardCharsets.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("date")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("The UTC date ({@code yyyy-MM-dd}) of a Unix timestamp in seconds.\n")
                        .addParameter(long.class, "timestamp")
                        .returns(String.class)
                        .addStatement("return $T.ofEpochSecond(timestamp).atOffset($T.UTC).toLocalDate().toString()",
                                Instant.class, ZoneOffset.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("deriveSigningKey")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("HMAC chain {@code \"TC3\" + secretKey} → date → service → {@code tc3_request}.\n")
                        .addParameter(String.class, "secretKey")
                        .addParameter(String.class, "date")
                        .addParameter(String.class, "service")
                        .returns(byte[].class)
                        .addStatement("byte[] secretDate = hmac((\"TC3\" + secretKey).getBytes($T.UTF_8), date)",
                                StandardCharsets.class)
                        .addStatement("byte[] secretService = hmac(secretDate, service)")
                        .addStatement("return hmac(secretService, \"tc3_request\")")
                        .build())
                .addMethod(MethodSpec.methodBuilder("signature")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("Lowercase hex of HMAC-SHA256({@code signingKey}, {@code stringToSign}).\n")
                        .addParameter(byte[].class, "signingKey")
                        .addParameter(String.class, "stringToSign")
                        .returns(String.class)
                        .addStatement("return $T.of().formatHex(hmac(signingKey, stringToSign))", HexFormat.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("sha256Hex")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(byte[].class, "data")
                        .returns(String.class)
                        .addStatement("$T digest = SHA256.get()", DIGEST)
                        .addStatement("digest.reset()")
                        .addStatement("return $T.of().formatHex(digest.digest(data))", HexFormat.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("signingKey")
                        .addJavadoc("The signing key for ({@code secretKey}, the UTC day of {@code timestamp}) from the cache, derived when it changed.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "secretKey")
                        .addParameter(long.class, "timestamp")
                        .returns(cachedKey)
                        .addCode("""
                                long day = Math.floorDiv(timestamp, 86_400L);
                                $T current = cached;
                                if (current != null && current.day == day && current.secretKey.equals(secretKey)) {
                                    return current;
                                }
                                derivations.incrementAndGet();
                                String date = date(timestamp);
                                byte[] scope = (date + "/" + service + "/tc3_request").getBytes($T.UTF_8);
                                $T fresh = new $T(secretKey, day, scope, deriveSigningKey(secretKey, date, service));
                                cached = fresh;
                                return fresh;
                                """, cachedKey, StandardCharsets.class, cachedKey, cachedKey)
                        .build())
                .addMethod(MethodSpec.methodBuilder("keyDerivations")
                        .addJavadoc("How many times this signer derived a signing key; lets tests see the cache work.\n")
                        .returns(long.class)
                        .addStatement("return derivations.get()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("lowercased")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(headers, "headers")
                        .returns(ParameterizedTypeName.get(ClassName.get(TreeMap.class), ClassName.get(String.class),
                                ClassName.get(String.class)))
                        .addCode("""
                                $T<String, String> sorted = new $T<>();
                                headers.forEach((key, value) ->
                                        sorted.put(key.toLowerCase($T.ROOT), value.strip().toLowerCase($T.ROOT)));
                                return sorted;
                                """, TreeMap.class, TreeMap.class, Locale.class, Locale.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("hmac")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(byte[].class, "key")
                        .addParameter(String.class, "data")
                        .returns(byte[].class)
                        .addCode("""
                                $T mac = HMAC.get();
                                try {
                                    mac.init(new $T(key, "HmacSHA256"));
                                } catch ($T e) {
                                    throw new IllegalStateException("HmacSHA256 rejected the key", e);
                                }
                                return mac.doFinal(data.getBytes($T.UTF_8));
                                """, MAC, SecretKeySpec.class, GeneralSecurityException.class, StandardCharsets.class)
                        .build())
                .addMethod(newInstance("newHmac", MAC, "HmacSHA256"))
                .addMethod(newInstance("newSha256", DIGEST, "SHA-256"))
                .addType(TypeSpec.classBuilder(cachedKey)
                        .addJavadoc("""
                                The last derived key, what it was derived from, its credential scope ({@code date/service/tc3_request}
                                as UTF-8), and a MAC per thread already keyed with it (keying a MAC costs as much as a hash, on every
                                call otherwise); deliberately without toString().
                                """)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addField(String.class, "secretKey", Modifier.FINAL)
                        .addField(long.class, "day", Modifier.FINAL)
                        .addField(byte[].class, "scope", Modifier.FINAL)
                        .addField(ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), MAC), "macs", Modifier.FINAL)
                        .addMethod(MethodSpec.constructorBuilder()
                                .addParameter(String.class, "secretKey")
                                .addParameter(long.class, "day")
                                .addParameter(byte[].class, "scope")
                                .addParameter(byte[].class, "key")
                                .addStatement("this.secretKey = secretKey")
                                .addStatement("this.day = day")
                                .addStatement("this.scope = scope")
                                .addStatement("$T spec = new $T(key, \"HmacSHA256\")", SecretKeySpec.class, SecretKeySpec.class)
                                .addCode("""
                                        this.macs = $T.withInitial(() -> {
                                            $T mac = newHmac();
                                            try {
                                                mac.init(spec);
                                            } catch ($T e) {
                                                throw new IllegalStateException("HmacSHA256 rejected the key", e);
                                            }
                                            return mac;
                                        });
                                        """, ThreadLocal.class, MAC, GeneralSecurityException.class)
                                .build())
                        .build())
                .addType(workspace.workspaceType())
                .addType(workspace.bufferType())
                .build();
        return SourceFiles.of(name.packageName(), type);
    }

    private MethodSpec authorization(ClassName name, TypeName headers) {
        return MethodSpec.methodBuilder("authorization")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The {@code Authorization} header value.

                        @param headers the headers to sign, name to value exactly as sent; at least Content-Type and Host
                        @param payload the exact bytes of the body sent
                        """)
                .addParameter(names.credentials(), "credentials")
                .addParameter(long.class, "timestamp")
                .addParameter(String.class, "method")
                .addParameter(String.class, "canonicalQuery")
                .addParameter(headers, "headers")
                .addParameter(byte[].class, "payload")
                .returns(String.class)
                .addCode("""
                        $T key = signingKey(credentials.secretKey(), timestamp);
                        return WORKSPACE.get().sign(credentials.secretId(), key.scope, key.macs.get(), timestamp, method,
                                canonicalQuery, headers, payload);
                        """, name.nestedClass("SigningKey"))
                .build();
    }

    private static MethodSpec newInstance(String method, ClassName type, String algorithm) {
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type)
                .addCode("""
                        try {
                            return $T.getInstance($S);
                        } catch ($T e) {
                            throw new IllegalStateException("the JDK lacks $L", e);
                        }
                        """, type, algorithm, GeneralSecurityException.class, algorithm)
                .build();
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value)
                .build();
    }
}
