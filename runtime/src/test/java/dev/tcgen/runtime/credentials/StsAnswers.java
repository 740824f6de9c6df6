package dev.tcgen.runtime.credentials;

import dev.tcgen.runtime.testing.FakeTencentCloud;
import dev.tcgen.runtime.testing.FakeTencentCloud.Reply;
import java.time.Instant;

/** What STS answers, in its envelope. */
public final class StsAnswers {
    private StsAnswers() {}

    /** Success with the numbered set {@code AKIDsts-N}, {@code stskey-N}, {@code ststoken-N}. */
    public static Reply credentials(int n, Instant expiry, String requestId) {
        return FakeTencentCloud.Reply.json("{\"Response\":{\"Credentials\":{\"Token\":\"ststoken-" + n
                + "\",\"TmpSecretId\":\"AKIDsts-" + n + "\",\"TmpSecretKey\":\"stskey-" + n + "\"},\"ExpiredTime\":"
                + expiry.getEpochSecond() + ",\"Expiration\":\"" + expiry + "\",\"RequestId\":\"" + requestId + "\"}}");
    }
}
