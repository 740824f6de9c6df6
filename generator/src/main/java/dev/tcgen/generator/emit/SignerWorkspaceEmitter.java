package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.lang.model.element.Modifier;

/**
 * Emits the two nested types behind {@code Tc3Signer.authorization}'s fast path: {@code Workspace}, one per thread,
 * which writes the canonical request, the string to sign and the header as UTF-8 bytes straight into reused buffers
 * (keeping the parts that repeat from call to call) and hashes them there, and {@code Utf8Buffer}, the growable byte buffer it writes into (ASCII copied char by char,
 * anything else encoded by the JDK). Together they replace three {@code String}s, their UTF-8 copies and three hex
 * {@code String}s per signature.
 */
final class SignerWorkspaceEmitter {

    private static final TypeName STRING_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
            ClassName.get(String.class), ClassName.get(String.class));

    private final ClassName signer;

    SignerWorkspaceEmitter(ClassName signer) {
        this.signer = signer;
    }

    ClassName workspace() {
        return signer.nestedClass("Workspace");
    }

    TypeSpec workspaceType() {
        ClassName buffer = buffer();
        TypeSpec.Builder type = TypeSpec.classBuilder(workspace())
                .addJavadoc("""
                        One thread's digest and buffers for {@code authorization}: the same bytes as the documented steps,
                        written without building their {@code String}s. A thread signs the same headers call after call, so
                        the canonical request up to the payload hash and the header up to the signature are kept and
                        rewritten only when their inputs change (the last method, query, header names and values, and
                        secret id are kept for that). Holds no secret: the key stays in the MAC; deliberately without
                        toString().
                        """)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(byte[].class, "ALGORITHM_LINE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("(ALGORITHM + $S).getBytes($T.US_ASCII)", "\n", StandardCharsets.class)
                        .build())
                .addField(initialized(ClassName.get(MessageDigest.class), "sha256", "newSha256()"))
                .addField(initialized(TypeName.get(byte[].class), "hash", "new byte[32]"))
                .addField(initialized(buffer, "request", "new Utf8Buffer()"))
                .addField(initialized(buffer, "toSign", "new Utf8Buffer()"))
                .addField(initialized(buffer, "header", "new Utf8Buffer()"));
        for (String array : new String[] {"names", "values", "writtenNames", "writtenValues"}) {
            type.addField(FieldSpec.builder(String[].class, array, Modifier.PRIVATE).initializer("new String[4]").build());
        }
        type.addField(FieldSpec.builder(int.class, "writtenCount", Modifier.PRIVATE).initializer("-1").build());
        for (String text : new String[] {"writtenMethod", "writtenQuery", "headerSecretId"}) {
            type.addField(String.class, text, Modifier.PRIVATE);
        }
        type.addField(byte[].class, "headerScope", Modifier.PRIVATE);
        for (String position : new String[] {"requestPrefix", "signedHeadersStart", "signedHeadersEnd", "headerSignedStart",
                "headerSignedEnd", "headerPrefix"}) {
            type.addField(int.class, position, Modifier.PRIVATE);
        }
        return type
                .addMethod(MethodSpec.methodBuilder("sign")
                        .addJavadoc("The {@code Authorization} value: canonical request, its hash, string to sign, HMAC, header.\n")
                        .returns(String.class)
                        .addParameter(String.class, "secretId")
                        .addParameter(byte[].class, "scope")
                        .addParameter(Mac.class, "keyedMac")
                        .addParameter(long.class, "timestamp")
                        .addParameter(String.class, "method")
                        .addParameter(String.class, "canonicalQuery")
                        .addParameter(STRING_MAP, "headers")
                        .addParameter(byte[].class, "payload")
                        .addCode("""
                                writeCanonicalRequest(method, canonicalQuery, headers, payload);
                                sha256.update(request.bytes, 0, request.length);
                                toSign.clear();
                                toSign.put(ALGORITHM_LINE, 0, ALGORITHM_LINE.length);
                                toSign.putDecimal(timestamp);
                                toSign.put('\\n');
                                toSign.put(scope, 0, scope.length);
                                toSign.put('\\n');
                                toSign.putHex(digest());
                                keyedMac.update(toSign.bytes, 0, toSign.length);
                                try {
                                    keyedMac.doFinal(hash, 0);
                                } catch ($T e) {
                                    throw new IllegalStateException("HmacSHA256 needs a 32-byte buffer", e);
                                }
                                writeHeaderPrefix(secretId, scope);
                                header.putHex(hash);
                                return header.decode();
                                """, ShortBufferException.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("writeCanonicalRequest")
                        .addJavadoc("Leaves the canonical request in {@code request}; rewrites it up to the payload hash only when it changed.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "method")
                        .addParameter(String.class, "canonicalQuery")
                        .addParameter(STRING_MAP, "headers")
                        .addParameter(byte[].class, "payload")
                        .addCode("""
                                int count = sortHeaders(headers);
                                if (!writtenBefore(method, canonicalQuery, count)) {
                                    writtenCount = -1; // until rewritten: a failure half-way must not leave a stale match
                                    request.clear();
                                    request.putUtf8(method);
                                    request.putUtf8("\\n/\\n");
                                    request.putUtf8(canonicalQuery);
                                    request.put('\\n');
                                    for (int i = 0; i < count; i++) {
                                        putName(names[i]);
                                        request.put(':');
                                        putValue(values[i]);
                                        request.put('\\n');
                                    }
                                    request.put('\\n');
                                    signedHeadersStart = request.length;
                                    for (int i = 0; i < count; i++) {
                                        if (i > 0) {
                                            request.put(';');
                                        }
                                        putName(names[i]);
                                    }
                                    signedHeadersEnd = request.length;
                                    request.put('\\n');
                                    requestPrefix = request.length;
                                    if (writtenNames.length < count) {
                                        writtenNames = new String[count];
                                        writtenValues = new String[count];
                                    }
                                    System.arraycopy(names, 0, writtenNames, 0, count);
                                    System.arraycopy(values, 0, writtenValues, 0, count);
                                    writtenCount = count;
                                    writtenMethod = method;
                                    writtenQuery = canonicalQuery;
                                }
                                $T.fill(names, 0, count, null);
                                $T.fill(values, 0, count, null);
                                request.length = requestPrefix;
                                sha256.reset();
                                sha256.update(payload);
                                request.putHex(digest());
                                """, Arrays.class, Arrays.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("writtenBefore")
                        .addJavadoc("Whether {@code request} already holds the canonical request up to the payload hash for these inputs.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "method")
                        .addParameter(String.class, "canonicalQuery")
                        .addParameter(int.class, "count")
                        .returns(boolean.class)
                        .addCode("""
                                if (count != writtenCount || !method.equals(writtenMethod) || !canonicalQuery.equals(writtenQuery)) {
                                    return false;
                                }
                                for (int i = 0; i < count; i++) {
                                    if (!names[i].equals(writtenNames[i]) || !values[i].equals(writtenValues[i])) {
                                        return false;
                                    }
                                }
                                return true;
                                """)
                        .build())
                .addMethod(MethodSpec.methodBuilder("writeHeaderPrefix")
                        .addJavadoc("Leaves the header up to {@code Signature=} in {@code header}; rewrites it only when it changed.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "secretId")
                        .addParameter(byte[].class, "scope")
                        .addCode("""
                                if (scope != headerScope || !secretId.equals(headerSecretId) || !$T.equals(request.bytes,
                                        signedHeadersStart, signedHeadersEnd, header.bytes, headerSignedStart, headerSignedEnd)) {
                                    headerScope = null;
                                    header.clear();
                                    header.putUtf8(ALGORITHM);
                                    header.putUtf8(" Credential=");
                                    header.putUtf8(secretId);
                                    header.put('/');
                                    header.put(scope, 0, scope.length);
                                    header.putUtf8(", SignedHeaders=");
                                    headerSignedStart = header.length;
                                    header.put(request.bytes, signedHeadersStart, signedHeadersEnd);
                                    headerSignedEnd = header.length;
                                    header.putUtf8(", Signature=");
                                    headerPrefix = header.length;
                                    headerScope = scope;
                                    headerSecretId = secretId;
                                }
                                header.length = headerPrefix;
                                """, Arrays.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("sortHeaders")
                        .addJavadoc("""
                                Sorts the headers into {@code names}/{@code values} by lowercased name, by insertion (a request signs
                                two or three); of names equal once lowercased, the later wins, as in a sorted map.
                                """)
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(STRING_MAP, "headers")
                        .returns(int.class)
                        .addCode("""
                                if (names.length < headers.size()) {
                                    names = new String[headers.size()];
                                    values = new String[headers.size()];
                                }
                                int count = 0;
                                for ($T.Entry<String, String> header : headers.entrySet()) {
                                    String name = header.getKey();
                                    String value = header.getValue();
                                    int at = count;
                                    int order = 1;
                                    while (at > 0 && (order = compareLowercased(names[at - 1], name)) > 0) {
                                        at--;
                                    }
                                    if (at > 0 && order == 0) {
                                        values[at - 1] = value;
                                        continue;
                                    }
                                    System.arraycopy(names, at, names, at + 1, count - at);
                                    System.arraycopy(values, at, values, at + 1, count - at);
                                    names[at] = name;
                                    values[at] = value;
                                    count++;
                                }
                                return count;
                                """, Map.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("putName")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "name")
                        .addCode("""
                                if (Utf8Buffer.isAscii(name)) {
                                    request.putLowercasedAscii(name, 0, name.length());
                                } else {
                                    request.putUtf8(name.toLowerCase($T.ROOT));
                                }
                                """, Locale.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("putValue")
                        .addJavadoc("The value stripped and lowercased, as {@code value.strip().toLowerCase(Locale.ROOT)}.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "value")
                        .addCode("""
                                if (!Utf8Buffer.isAscii(value)) {
                                    request.putUtf8(value.strip().toLowerCase($T.ROOT));
                                    return;
                                }
                                int start = 0;
                                int end = value.length();
                                while (start < end && Character.isWhitespace(value.charAt(start))) {
                                    start++;
                                }
                                while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                                    end--;
                                }
                                request.putLowercasedAscii(value, start, end);
                                """, Locale.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("digest")
                        .addJavadoc("Finishes the SHA-256 into {@code hash}, which it returns.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(byte[].class)
                        .addCode("""
                                try {
                                    sha256.digest(hash, 0, hash.length);
                                } catch ($T e) {
                                    throw new IllegalStateException("SHA-256 needs a 32-byte buffer", e);
                                }
                                return hash;
                                """, DigestException.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("compareLowercased")
                        .addJavadoc("""
                                {@code a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT))} in sign, without the
                                copies while both are ASCII (ASCII lowercases char by char; anything else may not).
                                """)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "a")
                        .addParameter(String.class, "b")
                        .returns(int.class)
                        .addCode("""
                                int common = Math.min(a.length(), b.length());
                                for (int i = 0; i < common; i++) {
                                    char x = a.charAt(i);
                                    char y = b.charAt(i);
                                    if (x >= 0x80 || y >= 0x80) {
                                        return a.toLowerCase($T.ROOT).compareTo(b.toLowerCase($T.ROOT));
                                    }
                                    if (x != y) {
                                        int order = Utf8Buffer.lowercase(x) - Utf8Buffer.lowercase(y);
                                        if (order != 0) {
                                            return order;
                                        }
                                    }
                                }
                                if (Utf8Buffer.isAscii(a) && Utf8Buffer.isAscii(b)) {
                                    return a.length() - b.length();
                                }
                                return a.toLowerCase($T.ROOT).compareTo(b.toLowerCase($T.ROOT));
                                """, Locale.class, Locale.class, Locale.class, Locale.class)
                        .build())
                .build();
    }

    TypeSpec bufferType() {
        return TypeSpec.classBuilder(buffer())
                .addJavadoc("A growable byte buffer of UTF-8 text, reused from call to call.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(byte[].class, "HEX_DIGITS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S.getBytes($T.US_ASCII)", "0123456789abcdef", StandardCharsets.class)
                        .build())
                .addField(byte[].class, "bytes", Modifier.PRIVATE)
                .addField(int.class, "length", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("bytes = new byte[256]")
                        .build())
                .addMethod(MethodSpec.methodBuilder("clear")
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("length = 0")
                        .build())
                .addMethod(MethodSpec.methodBuilder("room")
                        .addJavadoc("Makes room for {@code more} bytes.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(int.class, "more")
                        .addCode("""
                                if (bytes.length - length < more) {
                                    bytes = $T.copyOf(bytes, Math.max(bytes.length * 2, length + more));
                                }
                                """, Arrays.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("put")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(char.class, "ascii")
                        .addStatement("room(1)")
                        .addStatement("bytes[length++] = (byte) ascii")
                        .build())
                .addMethod(MethodSpec.methodBuilder("put")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(byte[].class, "source")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addStatement("room(to - from)")
                        .addStatement("System.arraycopy(source, from, bytes, length, to - from)")
                        .addStatement("length += to - from")
                        .build())
                .addMethod(MethodSpec.methodBuilder("putUtf8")
                        .addJavadoc("Loops keep the array and position in locals, so that the JIT drops the bounds checks.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "text")
                        .addCode("""
                                int size = text.length();
                                room(size);
                                byte[] out = bytes;
                                int at = length;
                                for (int i = 0; i < size; i++) {
                                    char c = text.charAt(i);
                                    if (c >= 0x80) {
                                        length = at + i;
                                        byte[] rest = text.substring(i).getBytes($T.UTF_8);
                                        put(rest, 0, rest.length);
                                        return;
                                    }
                                    out[at + i] = (byte) c;
                                }
                                length = at + size;
                                """, StandardCharsets.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("putLowercasedAscii")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "ascii")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addCode("""
                                room(to - from);
                                byte[] out = bytes;
                                int at = length - from;
                                for (int i = from; i < to; i++) {
                                    out[at + i] = (byte) lowercase(ascii.charAt(i));
                                }
                                length = at + to;
                                """)
                        .build())
                .addMethod(MethodSpec.methodBuilder("putDecimal")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(long.class, "value")
                        .addCode("""
                                if (value < 0) {
                                    putUtf8(Long.toString(value));
                                    return;
                                }
                                int digits = 1;
                                for (long rest = value / 10; rest > 0; rest /= 10) {
                                    digits++;
                                }
                                room(digits);
                                length += digits;
                                long rest = value;
                                for (int at = length - 1; at >= length - digits; at--) {
                                    bytes[at] = (byte) ('0' + rest % 10);
                                    rest /= 10;
                                }
                                """)
                        .build())
                .addMethod(MethodSpec.methodBuilder("putHex")
                        .addJavadoc("Lowercase hex, as {@code HexFormat.of().formatHex(data)}.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(byte[].class, "data")
                        .addCode("""
                                room(data.length * 2);
                                byte[] out = bytes;
                                int at = length;
                                for (int i = 0; i < data.length; i++) {
                                    int b = data[i];
                                    out[at + 2 * i] = HEX_DIGITS[(b >> 4) & 0xF];
                                    out[at + 2 * i + 1] = HEX_DIGITS[b & 0xF];
                                }
                                length = at + data.length * 2;
                                """)
                        .build())
                .addMethod(MethodSpec.methodBuilder("decode")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(String.class)
                        .addStatement("return new String(bytes, 0, length, $T.UTF_8)", StandardCharsets.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("isAscii")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(String.class, "text")
                        .returns(boolean.class)
                        .addCode("""
                                for (int i = 0; i < text.length(); i++) {
                                    if (text.charAt(i) >= 0x80) {
                                        return false;
                                    }
                                }
                                return true;
                                """)
                        .build())
                .addMethod(MethodSpec.methodBuilder("lowercase")
                        .addJavadoc("{@code Locale.ROOT} lowercasing of an ASCII char.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(char.class, "ascii")
                        .returns(char.class)
                        .addStatement("return ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + ('a' - 'A')) : ascii")
                        .build())
                .build();
    }

    private static FieldSpec initialized(TypeName type, String name, String initializer) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).initializer(initializer).build();
    }

    private ClassName buffer() {
        return signer.nestedClass("Utf8Buffer");
    }
}
