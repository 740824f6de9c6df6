package dev.tcgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tcgen.runtime.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The official vectors and the omics vector of shared/reference/tencent-cloud-api-3.md, step by step. */
class Tc3SignerTest {

    private static final Credentials KEY_A =
            Credentials.of("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
    private static final String JSON_UTF8 = "application/json; charset=utf-8";
    private static final byte[] PAYLOAD_A = ("{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"],"
            + " \"Name\": \"instance-name\"}]}").getBytes(StandardCharsets.UTF_8);
    private static final long TIMESTAMP_A = 1551113065L;
    private static final byte[] OMICS_PAYLOAD = ("{\"RunUuid\":\"84232c68-a016-4668-b2e3-168a175d6f29\",\"Path\":\"/\","
            + "\"ProjectId\":\"prj-peaceful-pink-bird-631828\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void vectorA_everyStep() {
        Map<String, String> headers = headers(JSON_UTF8, "cvm.tencentcloudapi.com");
        assertEquals(new String(PAYLOAD_A, StandardCharsets.US_ASCII), new String(PAYLOAD_A, StandardCharsets.UTF_8),
                "the \\u escapes stay six ASCII characters each, as in the vector");
        assertEquals("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", Tc3Signer.sha256Hex(PAYLOAD_A));

        String canonical = Tc3Signer.canonicalRequest("POST", "", headers, PAYLOAD_A);
        assertEquals("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
                + "content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", canonical);
        assertEquals("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
                Tc3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));

        String toSign = Tc3Signer.stringToSign(TIMESTAMP_A, "cvm", canonical);
        assertEquals("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                + "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", toSign);

        byte[] signingKey = Tc3Signer.deriveSigningKey(KEY_A.secretKey(), "2019-02-25", "cvm");
        assertEquals("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1", HexFormat.of().formatHex(signingKey));
        assertEquals("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
                Tc3Signer.signature(signingKey, toSign));

        assertEquals("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request,"
                        + " SignedHeaders=content-type;host,"
                        + " Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
                new Tc3Signer("cvm").authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, PAYLOAD_A));
    }

    @Test
    void vectorA_dateIsUtcNotLocal() {
        // 1551113065 is 2019-02-26 in UTC+8, where Tencent's servers are; the scope must use the UTC date.
        assertEquals("2019-02-25", Tc3Signer.date(TIMESTAMP_A));
    }

    @Test
    void vectorB_lastStepAndWithKeyA() {
        Map<String, String> headers = headers(JSON_UTF8, "cvm.tencentcloudapi.com");
        headers.put("X-TC-Action", "DescribeInstances");
        String canonical = Tc3Signer.canonicalRequest("POST", "", headers, PAYLOAD_A);
        assertEquals("POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n"
                + "x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"
                + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", canonical);
        assertEquals("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84",
                Tc3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));

        String toSign = Tc3Signer.stringToSign(TIMESTAMP_A, "cvm", canonical);
        byte[] printedSigningKey = HexFormat.of().parseHex("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");
        assertEquals("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f",
                Tc3Signer.signature(printedSigningKey, toSign));

        String authorization = new Tc3Signer("cvm").authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, PAYLOAD_A);
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request,"
                + " SignedHeaders=content-type;host;x-tc-action,"
                + " Signature=644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26", authorization);
    }

    @Test
    void getVector() {
        Map<String, String> headers = headers("application/x-www-form-urlencoded", "cvm.tencentcloudapi.com");
        String canonical = Tc3Signer.canonicalRequest("GET", "Limit=10&Offset=0", headers, new byte[0]);
        assertEquals("91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7",
                Tc3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
        String authorization = new Tc3Signer("cvm").authorization(KEY_A, 1539084154L, "GET", "Limit=10&Offset=0",
                headers, new byte[0]);
        assertEquals("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2018-10-09/cvm/tc3_request,"
                + " SignedHeaders=content-type;host,"
                + " Signature=5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474", authorization);
    }

    @Test
    void omicsVector_bothHeaderSets() {
        assertEquals("4e563fcf6fcd761ee36af59cae7145c9ef25d3522fd76180e35eb4a1e5332638", Tc3Signer.sha256Hex(OMICS_PAYLOAD));
        Tc3Signer signer = new Tc3Signer("omics");

        Map<String, String> headers = headers(JSON_UTF8, "omics.tencentcloudapi.com");
        String canonical = Tc3Signer.canonicalRequest("POST", "", headers, OMICS_PAYLOAD);
        assertEquals("6d4ae7e1923299ea2718bd75cceb8c9ff37c7efce129cf49f57919fde8306b05",
                Tc3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals(signatureOf("5e3c23c65d064552c38f28cd57e76eee6fd4a4fa812193cb5cf37ef00b669a1b"),
                signatureOf(signer.authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD)));

        headers.put("X-TC-Action", "GetRunCalls");
        canonical = Tc3Signer.canonicalRequest("POST", "", headers, OMICS_PAYLOAD);
        assertEquals("7ea897c046275aab33bfb1b0296cfa6fc9dbcfe699423aa71129a16cc3325906",
                Tc3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals("b981dbee44b3482a120badf1f4b43c41c65ab59c13766bcedcd38580f561347c",
                signatureOf(signer.authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD)));
    }

    @Test
    void signingKeyIsDerivedOncePerKeyAndDate() {
        Tc3Signer signer = new Tc3Signer("omics");
        Map<String, String> headers = headers(JSON_UTF8, "omics.tencentcloudapi.com");
        String first = signer.authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD);
        signer.authorization(KEY_A, TIMESTAMP_A + 60, "POST", "", headers, OMICS_PAYLOAD);
        assertEquals(1, signer.keyDerivations(), "same key and date: the cached signing key serves");

        signer.authorization(KEY_A, TIMESTAMP_A + 86_400, "POST", "", headers, OMICS_PAYLOAD);
        assertEquals(2, signer.keyDerivations(), "a new date needs a new key");
        signer.authorization(Credentials.of(KEY_A.secretId(), "another-key"), TIMESTAMP_A + 86_400, "POST", "",
                headers, OMICS_PAYLOAD);
        assertEquals(3, signer.keyDerivations(), "a new secret key needs a new key");
        assertEquals(first, signer.authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD),
                "switching back signs as before");
    }

    @Test
    void concurrentSigningGivesTheSameSignaturesAsSequential() throws Exception {
        Tc3Signer signer = new Tc3Signer("omics");
        Map<String, String> headers = headers(JSON_UTF8, "omics.tencentcloudapi.com");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            expected.add(new Tc3Signer("omics").authorization(KEY_A, TIMESTAMP_A + i * 7_200L, "POST", "", headers, OMICS_PAYLOAD));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < 64; i++) {
                    long timestamp = TIMESTAMP_A + i * 7_200L;
                    results.add(pool.submit(() -> signer.authorization(KEY_A, timestamp, "POST", "", headers, OMICS_PAYLOAD)));
                }
            }
            for (int n = 0; n < results.size(); n++) {
                assertEquals(expected.get(n % 64), results.get(n).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void authorizationWritesTheSameBytesAsTheStepsForUnusualHeadersQueriesAndKeys() {
        // authorization() writes bytes into per-thread buffers; the static steps build Strings. Each case below
        // takes a path of its own: case and whitespace folding, names equal once lowercased, non-ASCII names,
        // values, queries, ids and services, more headers and longer text than the buffers start with.
        List<Map<String, String>> headerSets = new ArrayList<>();
        headerSets.add(headers(JSON_UTF8, "omics.tencentcloudapi.com"));
        headerSets.add(orderedHeaders("Host", "omics.tencentcloudapi.com", "Content-Type", " Application/JSON \t"));
        headerSets.add(orderedHeaders("Host", "first.example", "host", "second.example", "Content-Type", JSON_UTF8));
        headerSets.add(orderedHeaders("X-TC-Action", "GetRunCalls", "x-tc-region", "AP-Guangzhou", "Content-Type", JSON_UTF8,
                "Host", "omics.tencentcloudapi.com", "X-TC-Timestamp", "1551113065", "X-TC-Version", "2022-11-28",
                "X-TC-Language", "zh-CN"));
        headerSets.add(orderedHeaders("Content-Type", JSON_UTF8, "Host", "h", "X-Note", " Ünïcödé Välue ", "X-Émoji", "\uD83D\uDE00"));
        headerSets.add(orderedHeaders("Content-Type", JSON_UTF8, "Host", "h", "X-Long", "V".repeat(700)));
        headerSets.add(orderedHeaders("Content-Type", JSON_UTF8, "Host", "h", "X-Unicode-Space", "\u2003value\u2003",
                "X-Ascii-Controls", "\u001Cvalue\u000B"));
        String[][] requests = {{"POST", ""}, {"GET", "Limit=10&Offset=0"}, {"GET", "Name=未命名&Zone=ap-guangzhou-3"}};
        Credentials[] keys = {KEY_A, Credentials.of("AKID-ünïcode", "another-key")};
        long[] timestamps = {TIMESTAMP_A, 0L, 9L, -86_401L, 4_102_444_800L};
        Random random = new Random(8);
        List<Runnable> cases = new ArrayList<>();
        for (String service : new String[] {"omics", "cvm", "sërvice"}) {
            Tc3Signer signer = new Tc3Signer(service);
            for (Map<String, String> headers : headerSets) {
                for (String[] request : requests) {
                    byte[] payload = new byte[random.nextInt(300)];
                    random.nextBytes(payload);
                    Credentials credentials = keys[random.nextInt(keys.length)];
                    long timestamp = timestamps[random.nextInt(timestamps.length)];
                    cases.add(() -> assertEquals(
                            byTheSteps(credentials, service, timestamp, request[0], request[1], headers, payload),
                            signer.authorization(credentials, timestamp, request[0], request[1], headers, payload),
                            () -> service + " " + request[0] + " " + request[1] + " " + headers.keySet()));
                }
            }
        }
        // The thread keeps the parts of the last request that repeat; sign each case twice in a row (kept parts
        // reused) and between others (kept parts replaced, then written again).
        for (int i = 0; i < cases.size(); i++) {
            cases.get(i).run();
            cases.get(i).run();
            cases.get((i * 7 + 3) % cases.size()).run();
        }
    }

    @Test
    void authorizationFollowsEachChangeBetweenCallsOnOneThread() {
        Tc3Signer signer = new Tc3Signer("omics");
        Map<String, String> headers = headers(JSON_UTF8, "omics.tencentcloudapi.com");
        Map<String, String> equalCopies = headers(new String(JSON_UTF8.toCharArray()), new String("omics.tencentcloudapi.com".toCharArray()));
        Map<String, String> otherHost = headers(JSON_UTF8, "omics.ap-guangzhou.tencentcloudapi.com");
        Map<String, String> moreHeaders = headers(JSON_UTF8, "omics.tencentcloudapi.com");
        moreHeaders.put("X-TC-Action", "GetRunCalls");
        Credentials otherId = Credentials.of("AKIDanother", KEY_A.secretKey());
        Object[][] calls = {
            {KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD},
            {KEY_A, TIMESTAMP_A, "POST", "", equalCopies, OMICS_PAYLOAD},
            {KEY_A, TIMESTAMP_A + 1, "POST", "", headers, PAYLOAD_A},
            {KEY_A, TIMESTAMP_A, "POST", "", otherHost, OMICS_PAYLOAD},
            {KEY_A, TIMESTAMP_A, "POST", "", moreHeaders, OMICS_PAYLOAD},
            {otherId, TIMESTAMP_A, "POST", "", moreHeaders, OMICS_PAYLOAD},
            {otherId, TIMESTAMP_A + 86_400, "POST", "", moreHeaders, OMICS_PAYLOAD},
            {otherId, TIMESTAMP_A + 86_400, "GET", "", moreHeaders, new byte[0]},
            {otherId, TIMESTAMP_A + 86_400, "GET", "Limit=10", moreHeaders, new byte[0]},
            {KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD},
        };
        for (Object[] call : calls) {
            Credentials credentials = (Credentials) call[0];
            long timestamp = (Long) call[1];
            @SuppressWarnings("unchecked")
            Map<String, String> signed = (Map<String, String>) call[4];
            assertEquals(byTheSteps(credentials, "omics", timestamp, (String) call[2], (String) call[3], signed, (byte[]) call[5]),
                    signer.authorization(credentials, timestamp, (String) call[2], (String) call[3], signed, (byte[]) call[5]),
                    () -> call[2] + " " + call[3] + " " + signed + " at " + timestamp);
        }
    }

    @Test
    void aCallThatFailsHalfWayLeavesNoStaleRequestBehind() {
        Tc3Signer signer = new Tc3Signer("omics");
        Map<String, String> headers = headers(JSON_UTF8, "omics.tencentcloudapi.com");
        String expected = signer.authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD);
        Map<String, String> broken = headers("text/plain", null);
        assertThrows(NullPointerException.class,
                () -> signer.authorization(KEY_A, TIMESTAMP_A, "POST", "", broken, OMICS_PAYLOAD));
        assertEquals(expected, signer.authorization(KEY_A, TIMESTAMP_A, "POST", "", headers, OMICS_PAYLOAD));
    }

    private static String byTheSteps(Credentials credentials, String service, long timestamp, String method, String query,
            Map<String, String> headers, byte[] payload) {
        String date = Tc3Signer.date(timestamp);
        String toSign = Tc3Signer.stringToSign(timestamp, service, Tc3Signer.canonicalRequest(method, query, headers, payload));
        return Tc3Signer.ALGORITHM + " Credential=" + credentials.secretId() + "/" + date + "/" + service + "/tc3_request,"
                + " SignedHeaders=" + Tc3Signer.signedHeaders(headers)
                + ", Signature=" + Tc3Signer.signature(Tc3Signer.deriveSigningKey(credentials.secretKey(), date, service), toSign);
    }

    private static Map<String, String> orderedHeaders(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    private static Map<String, String> headers(String contentType, String host) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Host", host);
        return headers;
    }

    private static String signatureOf(String authorizationOrSignature) {
        int at = authorizationOrSignature.indexOf("Signature=");
        return at < 0 ? authorizationOrSignature : authorizationOrSignature.substring(at + "Signature=".length());
    }
}
