package dev.tcgen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcgen.generator.CompiledSources;
import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.Generator;
import dev.tcgen.generator.spec.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error code may name its own Java constant ({@code Code: {description: ..., constant: NAME}}), so that two codes
 * whose derived constants are one both get a constant; the plain {@code Code: description} form is unchanged.
 */
class ErrorCodeConstantsTest {

    private static final String HEADER = """
            tcgen: 1
            service:
              name: demo
              version: "2020-01-01"
              host: demo.tencentcloudapi.com
            actions:
              GetThing:
                description: Gets a thing.
                regionRequired: false
                errors:
                  - InvalidParameterValue.TooLarge
                  - InternalError
            """;

    @TempDir
    Path dir;

    @Test
    void twoCodesOfOneDerivedConstantBothGetOneWhenOneNamesItsOwn() throws Exception {
        Model model = Fixtures.load(HEADER + """
                errors:
                  InvalidParameter.ValueTooLarge: The parameter is too long.
                  InvalidParameterValue.TooLarge:
                    description: The value is too large.
                    constant: INVALID_PARAMETER_VALUE__TOO_LARGE
                  FailedOperation.Flow: {description: Written as a flow mapping.}
                  FailedOperation.Bare: {constant: BARE_FAILURE}
                  Unknown: {description: "A code named Unknown, given another constant.", constant: UNKNOWN_CODE}
                """, dir, "demo.yaml");
        Service service = model.services().get(0);
        assertEquals(List.of(
                        new ErrorCode("InvalidParameter.ValueTooLarge", "INVALID_PARAMETER_VALUE_TOO_LARGE", "The parameter is too long."),
                        new ErrorCode("InvalidParameterValue.TooLarge", "INVALID_PARAMETER_VALUE__TOO_LARGE", "The value is too large."),
                        new ErrorCode("FailedOperation.Flow", "FAILED_OPERATION_FLOW", "Written as a flow mapping."),
                        new ErrorCode("FailedOperation.Bare", "BARE_FAILURE", null),
                        new ErrorCode("Unknown", "UNKNOWN_CODE", "A code named Unknown, given another constant.")),
                service.errors());
        // The action's list refers to the code, and so carries the code's own constant.
        assertEquals(List.of("INVALID_PARAMETER_VALUE__TOO_LARGE", "INTERNAL_ERROR"),
                service.actions().get(0).errors().stream().map(ErrorCode::constantName).toList());

        // The generated enum maps each wire code to its constant, and the rest to UNKNOWN.
        Map<String, String> sources = new Generator().render(model, "dev.tcgen.client");
        Class<?> codes = CompiledSources.compile(sources).loadClass("dev.tcgen.client.demo.v20200101.DemoErrorCode");
        Map<String, String> byCode = Map.of(
                "InvalidParameter.ValueTooLarge", "INVALID_PARAMETER_VALUE_TOO_LARGE",
                "InvalidParameterValue.TooLarge", "INVALID_PARAMETER_VALUE__TOO_LARGE",
                "Unknown", "UNKNOWN_CODE",
                "FailedOperation.Other", "UNKNOWN");
        for (Map.Entry<String, String> entry : byCode.entrySet()) {
            Object constant = codes.getMethod("fromCode", String.class).invoke(null, entry.getKey());
            assertEquals(entry.getValue(), ((Enum<?>) constant).name(), entry.getKey());
        }
    }

    @Test
    void aCommonCodeMayNameItsConstantAndActionsListingItUseThatConstant() throws Exception {
        Files.writeString(dir.resolve("common.yaml"), """
                tcgen: 1
                commonErrors:
                  InternalError: {description: Internal error., constant: INTERNAL_FAILURE}
                  Internal_Error: Same derived constant as InternalError, which no longer has it.
                """);
        Files.writeString(dir.resolve("demo.yaml"), HEADER + """
                errors:
                  InvalidParameterValue.TooLarge: The value is too large.
                """);
        Generator.Loaded loaded = new Generator().load(List.of(dir));
        assertEquals(List.of(), loaded.diagnostics().problems());
        Model model = loaded.model().orElseThrow();
        assertEquals(Map.of("InternalError", "INTERNAL_FAILURE", "Internal_Error", "INTERNAL_ERROR"),
                model.commonErrors().stream().collect(Collectors.toMap(ErrorCode::code, ErrorCode::constantName)));
        assertEquals(List.of("INVALID_PARAMETER_VALUE_TOO_LARGE", "INTERNAL_FAILURE"),
                model.services().get(0).actions().get(0).errors().stream().map(ErrorCode::constantName).toList());
    }

    @Test
    void aConstantThatIsNoJavaConstantNameOrTakenIsALocatedError() throws Exception {
        List<String> problems = problems(HEADER + """
                errors:
                  InvalidParameter.ValueTooLarge: The parameter is too long.
                  InvalidParameterValue.TooLarge: {description: Too large., constant: INVALID_PARAMETER_VALUE_TOO_LARGE}
                  FailedOperation.Lower: {constant: failed_operation_lower}
                  FailedOperation.Keyword: {constant: class}
                  FailedOperation.Unknown: {constant: UNKNOWN}
                  FailedOperation.Typo: {constnat: FAILED_TYPO}
                """);
        assertEquals(List.of(
                "demo.yaml:15:71: error: error codes 'InvalidParameter.ValueTooLarge' and 'InvalidParameterValue.TooLarge'"
                        + " both become the Java constant INVALID_PARAMETER_VALUE_TOO_LARGE; rename one, or give one a 'constant'"
                        + " of its own",
                "demo.yaml:16:37: error: the constant 'failed_operation_lower' of error code 'FailedOperation.Lower' is not a"
                        + " Java constant name: an upper-case letter, then upper-case letters, digits or '_'"
                        + " (e.g. 'FAILED_OPERATION_LOWER')",
                "demo.yaml:17:39: error: the constant 'class' of error code 'FailedOperation.Keyword' is not a Java constant"
                        + " name: an upper-case letter, then upper-case letters, digits or '_' (e.g. 'FAILED_OPERATION_KEYWORD')",
                "demo.yaml:18:39: error: the constant of error code 'FailedOperation.Unknown' may not be UNKNOWN, which stands"
                        + " for codes a spec does not list; choose another",
                "demo.yaml:19:26: error: unknown key 'constnat' in error code 'FailedOperation.Typo'; did you mean 'constant'?"),
                problems);
    }

    @Test
    void theCodeThatTakesAnotherCodesExplicitConstantIsReportedAtItsOwnKey() throws Exception {
        List<String> problems = problems(HEADER + """
                errors:
                  InvalidParameterValue.TooLarge: Too large.
                  FailedOperation.Renamed: {constant: FAILED_OPERATION_PLAIN}
                  FailedOperation.Plain: Derives the constant the other took.
                """);
        assertEquals(List.of("demo.yaml:16:3: error: error codes 'FailedOperation.Renamed' and 'FailedOperation.Plain' both"
                + " become the Java constant FAILED_OPERATION_PLAIN; rename one, or give one a 'constant' of its own"), problems);
    }

    @Test
    void theSegmentedConstantKeepsTheDotsAsDoubleUnderscores() {
        assertEquals("INVALID_PARAMETER_VALUE__TOO_LARGE", Names.segmentedConstantName("InvalidParameterValue.TooLarge"));
        assertEquals("INVALID_PARAMETER__VALUE_TOO_LARGE", Names.segmentedConstantName("InvalidParameter.ValueTooLarge"));
        assertEquals("INVALID_PARAMETER_CONFLICT", Names.segmentedConstantName("InvalidParameterConflict"));
        assertEquals(true, Names.isValidConstantName("INVALID_PARAMETER_VALUE__TOO_LARGE"));
        for (String bad : List.of("lower", "Mixed_Case", "_LEADING", "1ST", "WITH SPACE", "DOT.TED", "")) {
            assertEquals(false, Names.isValidConstantName(bad), bad);
        }
    }

    private List<String> problems(String yaml) throws Exception {
        Path file = dir.resolve("demo.yaml");
        Files.writeString(file, yaml);
        return new Generator().load(List.of(file)).diagnostics().problems().stream()
                .map(Problem::toString)
                .map(p -> p.substring(p.indexOf("demo.yaml")))
                .toList();
    }
}
