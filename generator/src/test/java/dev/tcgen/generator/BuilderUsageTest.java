package dev.tcgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Code a user writes against the {@code builders} golden case: compiles with {@code -Xlint:all -Werror} (so
 * {@code limit(20)} with an {@code int}, varargs of lists without an unchecked warning) and builds what it says.
 */
class BuilderUsageTest {

    private static final String USAGE = """
            package usage;

            import dev.tcgen.client.builders.v20240301.DescribeInstancesRequest;
            import dev.tcgen.client.builders.v20240301.Filter;
            import java.util.ArrayList;
            import java.util.List;

            public final class Usage {
                private Usage() {}

                public static DescribeInstancesRequest request() {
                    return DescribeInstancesRequest.builder()
                            .limit(20)
                            .offset(0)
                            .weight(2)
                            .dryRun(true)
                            .instanceIds("ins-1", "ins-2")
                            .addInstanceIds("ins-3")
                            .sizes(1, 2)
                            .addSizes(3)
                            .ratios(0.5, 1)
                            .flags(true, false)
                            .filters(Filter.builder().name("zone").values("ap-guangzhou-1").build())
                            .grid(List.of("a"), List.of("b", "c"))
                            .addClass("x")
                            .build();
                }

                public static DescribeInstancesRequest addedToCopy(DescribeInstancesRequest request) {
                    return request.toBuilder().addInstanceIds("ins-4").build();
                }

                public static List<String> callersList() {
                    List<String> mine = new ArrayList<>(List.of("t-1"));
                    DescribeInstancesRequest.builder().addTags(mine).addAddTags("t-2").build();
                    return mine;
                }

                public static DescribeInstancesRequest unset() {
                    return DescribeInstancesRequest.builder().instanceIds("a").instanceIds((String[]) null).build();
                }
            }
            """;

    private static Class<?> usage;

    @BeforeAll
    static void compile() throws Exception {
        SortedMap<String, String> sources = GoldenCasesTest.render(GoldenCasesTest.casesDirectory().resolve("builders"));
        sources.put("usage/Usage.java", USAGE);
        usage = CompiledSources.compile(sources).loadClass("usage.Usage");
    }

    @Test
    void primitiveOverloadsAndVarargsBuildTheBoxedRecord() throws Exception {
        Object request = usage.getMethod("request").invoke(null);
        assertEquals(20L, get(request, "limit"));
        assertEquals(0L, get(request, "offset"));
        assertEquals(2.0, get(request, "weight"));
        assertEquals(true, get(request, "dryRun"));
        assertEquals(List.of("ins-1", "ins-2", "ins-3"), get(request, "instanceIds"));
        assertEquals(List.of(1L, 2L, 3L), get(request, "sizes"));
        assertEquals(List.of(0.5, 1.0), get(request, "ratios"));
        assertEquals(List.of(true, false), get(request, "flags"));
        assertEquals(List.of(List.of("a"), List.of("b", "c")), get(request, "grid"));
        assertEquals(List.of("x"), get(request, "class_"));
        Object filter = ((List<?>) get(request, "filters")).get(0);
        assertEquals(List.of("ap-guangzhou-1"), get(filter, "values"));
    }

    @Test
    void addingToACopyLeavesTheOriginalAlone() throws Exception {
        Object request = usage.getMethod("request").invoke(null);
        Object copy = usage.getMethod("addedToCopy", request.getClass()).invoke(null, request);
        assertEquals(List.of("ins-1", "ins-2", "ins-3", "ins-4"), get(copy, "instanceIds"));
        assertEquals(List.of("ins-1", "ins-2", "ins-3"), get(request, "instanceIds"));
    }

    @Test
    void addingNeverWritesIntoTheCallersList() throws Exception {
        assertEquals(List.of("t-1"), usage.getMethod("callersList").invoke(null));
    }

    @Test
    void aNullArrayUnsetsTheList() throws Exception {
        assertEquals(List.of(), get(usage.getMethod("unset").invoke(null), "instanceIds"));
    }

    private static Object get(Object record, String accessor) throws Exception {
        Method method = record.getClass().getMethod(accessor);
        return method.invoke(record);
    }
}
