package dev.tcgen.generator.tencent;

import java.util.List;
import java.util.Locale;

/**
 * Which Tencent members hold a secret, judged by name, for the importer to mark {@code sensitive}: a string whose
 * name ends in a secret's noun ({@code Password}, {@code SecretKey}, {@code PrivateKey}, {@code Token}, ...), except
 * tokens that are no secret (idempotency and paging tokens: {@code ClientToken}, {@code NextToken}) and token counts
 * written as strings ({@code MaxInputToken}). Only strings: a {@code bool NeedResetPassword} or an {@code int
 * TotalTokens} holds none. Names are matched case-insensitively, so {@code PassWord} and {@code APIKey} count.
 */
final class SensitiveNames {

    /** The endings of names that hold a secret (lower case). */
    private static final List<String> SECRET_ENDINGS = List.of(
            "password", "passwd", "pwd", "secretkey", "privatekey", "secretaccesskey", "secret", "token", "apikey");

    /** Endings that look like a secret's but are not one (lower case). */
    private static final List<String> NOT_SECRET_ENDINGS = List.of(
            "clienttoken", "creationtoken", "nexttoken", "pagetoken", "paginationtoken", "scrolltoken", "continuetoken",
            "inputtoken", "outputtoken", "totaltoken", "cachetoken", "nosecret");

    private SensitiveNames() {}

    /** Whether a member named {@code wireName} of spec type {@code specType} holds a secret. */
    static boolean isSecret(String wireName, String specType) {
        if (!specType.equals("string")) {
            return false;
        }
        String name = wireName.toLowerCase(Locale.ROOT);
        return SECRET_ENDINGS.stream().anyMatch(name::endsWith) && NOT_SECRET_ENDINGS.stream().noneMatch(name::endsWith);
    }
}
