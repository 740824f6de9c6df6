package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code sensitive} golden case, compiled and called: {@code ***} in toString, the real value on the wire. */
class SensitiveFieldsTest {

    private static final String PACKAGE = "dev.tcgen.client.logins.v20170312.";
    private static final String SECRET = "hunter2-Very-Secret";

    private static final String USAGE = """
            package usage;

            import dev.tcgen.client.logins.v20170312.DescribeAccessKeysResponse;
            import dev.tcgen.client.logins.v20170312.LoginSettings;
            import dev.tcgen.client.logins.v20170312.RunInstancesRequest;

            public final class Usage {
                private Usage() {}

                public static RunInstancesRequest request(String password) {
                    return RunInstancesRequest.builder()
                            .instanceName("web-1")
                            .clientToken("token-1")
                            .loginSettings(LoginSettings.builder().password(password).keyIds("k-1").keepImageLogin("FALSE").build())
                            .build();
                }

                public static DescribeAccessKeysResponse keys(String secret) {
                    return DescribeAccessKeysResponse.builder().tmpSecretKey(secret).privateKeys(secret).expiredTime(7).build();
                }
            }
            """;

    private static ClassLoader loader;
    private static Class<?> usage;

    @BeforeAll
    static void compile() throws Exception {
        SortedMap<String, String> sources = GoldenCasesTest.render(GoldenCasesTest.casesDirectory().resolve("sensitive"));
        sources.put("usage/Usage.java", USAGE);
        loader = CompiledSources.compile(sources);
        usage = loader.loadClass("usage.Usage");
    }

    @Test
    void sensitiveValuesPrintAsStarsAlsoInsideOtherRecords() throws Exception {
        Object request = usage.getMethod("request", String.class).invoke(null, SECRET);
        String text = request.toString();
        assertFalse(text.contains(SECRET), text);
        assertEquals("RunInstancesRequest[instanceName=web-1, loginSettings=LoginSettings[password=***, keyIds=[k-1],"
                + " keepImageLogin=FALSE], clientToken=token-1]", text);
    }

    @Test
    void anUnsetSensitiveValuePrintsAsNullAndAnEmptyListAsEmpty() throws Exception {
        Object request = usage.getMethod("request", String.class).invoke(null, (Object) null);
        assertTrue(request.toString().contains("password=null"), request.toString());
        Object keys = usage.getMethod("keys", String.class).invoke(null, SECRET);
        assertEquals("DescribeAccessKeysResponse[tmpSecretKey=***, privateKeys=***, expiredTime=7, requestId=null]", keys.toString());
        Method builder = loader.loadClass(PACKAGE + "DescribeAccessKeysResponse").getMethod("builder");
        Object empty = builder.getReturnType().getMethod("build").invoke(builder.invoke(null));
        assertEquals("DescribeAccessKeysResponse[tmpSecretKey=null, privateKeys=[], expiredTime=null, requestId=null]", empty.toString());
    }

    @Test
    void theWireStillCarriesTheValue() throws Exception {
        Object request = usage.getMethod("request", String.class).invoke(null, SECRET);
        String json = new ObjectMapper().writeValueAsString(request);
        assertTrue(json.contains("\"Password\":\"" + SECRET + "\""), json);
    }

    @Test
    void theClientTellsWireLoggingTheSensitiveWireNames() throws Exception {
        Field description = loader.loadClass(PACKAGE + "LoginsClient").getDeclaredField("DESCRIPTION");
        description.setAccessible(true);
        Object value = description.get(null);
        assertEquals(Set.of("Password", "PrivateKeys", "TmpSecretKey"), value.getClass().getMethod("sensitiveFields").invoke(value));
    }
}
