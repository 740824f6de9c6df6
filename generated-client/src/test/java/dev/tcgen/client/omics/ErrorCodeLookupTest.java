package dev.tcgen.client.omics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcgen.client.core.CommonErrorCode;
import dev.tcgen.client.omics.v20221128.OmicsErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated error-code enums: lookup by wire code, and UNKNOWN (never an exception, never null) for the rest. */
class ErrorCodeLookupTest {

    @Test
    void dottedCodesMapToTheirConstants() {
        assertEquals(OmicsErrorCode.RESOURCE_NOT_FOUND_RUN_NOT_EXIST, OmicsErrorCode.fromCode("ResourceNotFound.RunNotExist"));
        assertEquals("ResourceNotFound.RunNotExist", OmicsErrorCode.RESOURCE_NOT_FOUND_RUN_NOT_EXIST.code());
        assertEquals("The run does not exist.", OmicsErrorCode.RESOURCE_NOT_FOUND_RUN_NOT_EXIST.description());
        assertEquals(CommonErrorCode.REQUEST_LIMIT_EXCEEDED_IP_LIMIT_EXCEEDED,
                CommonErrorCode.fromCode("RequestLimitExceeded.IPLimitExceeded"));
    }

    @Test
    void theSpecListsEightOmicsCodesAndThirtyEightCommonOnes() {
        assertEquals(8 + 1, OmicsErrorCode.values().length, "eight codes plus UNKNOWN");
        assertEquals(38 + 1, CommonErrorCode.values().length, "38 codes plus UNKNOWN");
    }

    @Test
    void anythingUnlistedIsUnknown() {
        assertEquals(OmicsErrorCode.UNKNOWN, OmicsErrorCode.fromCode("ResourceNotFound.SomethingNew"));
        assertEquals(OmicsErrorCode.UNKNOWN, OmicsErrorCode.fromCode("resourcenotfound.runnotexist"));
        assertEquals(OmicsErrorCode.UNKNOWN, OmicsErrorCode.fromCode(""));
        assertEquals(OmicsErrorCode.UNKNOWN, OmicsErrorCode.fromCode(null));
        assertEquals(CommonErrorCode.UNKNOWN, CommonErrorCode.fromCode("NoSuchThing"));
    }

    @ParameterizedTest
    @EnumSource(value = OmicsErrorCode.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void everyOmicsCodeFindsItself(OmicsErrorCode code) {
        assertEquals(code, OmicsErrorCode.fromCode(code.code()));
    }

    @ParameterizedTest
    @EnumSource(value = CommonErrorCode.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void everyCommonCodeFindsItself(CommonErrorCode code) {
        assertEquals(code, CommonErrorCode.fromCode(code.code()));
    }
}
