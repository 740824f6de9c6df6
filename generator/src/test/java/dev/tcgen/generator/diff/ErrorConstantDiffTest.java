package dev.tcgen.generator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcgen.generator.Fixtures;
import dev.tcgen.generator.model.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code constant:} of an error code is what Java code sees: changing it breaks, spelling out the derived one does not. */
class ErrorConstantDiffTest {

    private static final String SPEC = """
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
              InvalidParameter.ValueTooLarge: The parameter is too long.
              InvalidParameterValue.TooLarge:
                description: The value is too large.
                constant: INVALID_PARAMETER_VALUE__TOO_LARGE
            """;

    @TempDir
    Path temp;

    private int files;

    @Test
    void aChangedExplicitConstantIsABreakingRename() {
        assertEquals(List.of("BREAKING error-code-constant-renamed InvalidParameterValue.TooLarge: the constant"
                        + " INVALID_PARAMETER_VALUE__TOO_LARGE is now VALUE_TOO_LARGE (the wire name is unchanged)"),
                diff(SPEC, SPEC.replace("constant: INVALID_PARAMETER_VALUE__TOO_LARGE", "constant: VALUE_TOO_LARGE")));
    }

    @Test
    void givingACodeAConstantOtherThanItsDerivedOneIsABreakingRename() {
        String plain = SPEC.replace("  InvalidParameter.ValueTooLarge: The parameter is too long.\n", "");
        assertEquals(List.of("BREAKING error-code-constant-renamed InvalidParameterValue.TooLarge: the constant"
                        + " INVALID_PARAMETER_VALUE_TOO_LARGE is now INVALID_PARAMETER_VALUE__TOO_LARGE (the wire name is unchanged)"),
                diff(plain.replace("constant: INVALID_PARAMETER_VALUE__TOO_LARGE", "constant: INVALID_PARAMETER_VALUE_TOO_LARGE"),
                        plain));
    }

    @Test
    void spellingOutTheDerivedConstantOrTheMappingFormChangesNothing() {
        String mapping = SPEC.replace("InvalidParameter.ValueTooLarge: The parameter is too long.",
                "InvalidParameter.ValueTooLarge: {description: The parameter is too long., constant: INVALID_PARAMETER_VALUE_TOO_LARGE}");
        assertEquals(List.of(), diff(SPEC, mapping));
    }

    private List<String> diff(String older, String newer) {
        return ModelDiff.compare(load(older), load(newer)).stream()
                .map(c -> c.severity() + " " + c.rule() + " " + c.subject() + ": " + c.message())
                .toList();
    }

    private Model load(String yaml) {
        return Fixtures.load(yaml, temp, "spec" + (files++) + ".yaml");
    }
}
