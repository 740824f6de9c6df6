package dev.tcgen.benchmarks.signing;

import com.tencentcloudapi.common.DatatypeConverter;
import com.tencentcloudapi.common.Sign;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.tcgen.client.core.Credentials;
import dev.tcgen.client.core.internal.Tc3Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One TC3-HMAC-SHA256 signature of the same GetRunCalls request three ways: the generated signer as the
 * generated client calls it, the official SDK's procedure as its {@code AbstractClient} composes it, and the
 * floor (the two SHA-256 and the HMAC alone, with the signing key already in the MAC).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {

    public static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    public static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    public static final long TIMESTAMP = 1_700_000_000L;
    public static final String HOST = "omics.tencentcloudapi.com";
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    public static final byte[] PAYLOAD = ("{\"RunUuid\":\"84232c68-a016-4668-b2e3-168a175d6f29\",\"Path\":\"/\","
            + "\"ProjectId\":\"prj-peaceful-pink-bird-631828\"}").getBytes(StandardCharsets.UTF_8);

    private final Tc3Signer signer = new Tc3Signer("omics");
    private final Credentials credentials = Credentials.of(SECRET_ID, SECRET_KEY);
    private final Map<String, String> headers = Map.of("Content-Type", CONTENT_TYPE, "Host", HOST);

    private byte[] canonicalRequest;
    private byte[] stringToSign;
    private MessageDigest sha256;
    private Mac keyedMac;

    @Setup
    public void prepareFloor() throws GeneralSecurityException {
        String date = Tc3Signer.date(TIMESTAMP);
        canonicalRequest = Tc3Signer.canonicalRequest("POST", "", headers, PAYLOAD).getBytes(StandardCharsets.UTF_8);
        stringToSign = Tc3Signer.stringToSign(TIMESTAMP, "omics", new String(canonicalRequest, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        sha256 = MessageDigest.getInstance("SHA-256");
        keyedMac = Mac.getInstance("HmacSHA256");
        keyedMac.init(new SecretKeySpec(Tc3Signer.deriveSigningKey(SECRET_KEY, date, "omics"), "HmacSHA256"));
    }

    /** As the generated client calls it: the header map is built per call ({@code signedRequest}). */
    @Benchmark
    public String generated() {
        return signer.authorization(credentials, TIMESTAMP, "POST", "", Map.of("Content-Type", CONTENT_TYPE, "Host", HOST),
                PAYLOAD);
    }

    @Benchmark
    public String officialSdk() throws TencentCloudSDKException {
        return officialAuthorization(SECRET_ID, SECRET_KEY, HOST, CONTENT_TYPE, PAYLOAD, TIMESTAMP);
    }

    /** Two SHA-256 and one HMAC over the bytes that a signature needs, and nothing else. */
    @Benchmark
    public String floor() {
        sha256.update(PAYLOAD);
        byte[] payloadHash = sha256.digest();
        sha256.update(canonicalRequest);
        byte[] requestHash = sha256.digest();
        byte[] signature = keyedMac.doFinal(stringToSign);
        return HexFormat.of().formatHex(signature) + payloadHash[0] + requestHash[0];
    }

    /**
     * The official SDK's TC3 procedure (tencentcloud-sdk-java 3.1.1000, {@code AbstractClient#getHeaders} for a
     * JSON POST), step for step with its own {@link Sign} helpers; only the clock is fixed, to sign identical input.
     */
    public static String officialAuthorization(String secretId, String secretKey, String endpoint,
            String contentType, byte[] requestPayload, long timestampSeconds) throws TencentCloudSDKException {
        String canonicalUri = "/";
        String canonicalQueryString = "";
        String canonicalHeaders = "content-type:" + contentType + "\nhost:" + endpoint + "\n";
        String signedHeaders = "content-type;host";
        String hashedRequestPayload = Sign.sha256Hex(requestPayload);
        String canonicalRequest = "POST" + "\n" + canonicalUri + "\n" + canonicalQueryString + "\n"
                + canonicalHeaders + "\n" + signedHeaders + "\n" + hashedRequestPayload;
        String timestamp = String.valueOf(timestampSeconds);
        SimpleDateFormat sdf = new SimpleDateFormat("yyyy-MM-dd");
        sdf.setTimeZone(TimeZone.getTimeZone("UTC"));
        String date = sdf.format(new Date(Long.valueOf(timestamp + "000")));
        String service = endpoint.split("\\.")[0];
        String credentialScope = date + "/" + service + "/" + "tc3_request";
        String hashedCanonicalRequest = Sign.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + credentialScope + "\n" + hashedCanonicalRequest;
        byte[] secretDate = Sign.hmac256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = Sign.hmac256(secretDate, service);
        byte[] secretSigning = Sign.hmac256(secretService, "tc3_request");
        String signature = DatatypeConverter.printHexBinary(Sign.hmac256(secretSigning, stringToSign)).toLowerCase();
        return "TC3-HMAC-SHA256 " + "Credential=" + secretId + "/" + credentialScope + ", "
                + "SignedHeaders=" + signedHeaders + ", " + "Signature=" + signature;
    }
}
