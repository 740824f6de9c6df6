package dev.tcgen.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RunUuid, runUuid",
        "ProjectId, projectId",
        "Path, path",
        "URLPath, urlPath",
        "IPLimitExceeded, ipLimitExceeded",
        "HTTPSProxy, httpsProxy",
        "ABC, abc",
        "Ipv6Address, ipv6Address",
        "V2Name, v2Name",
        "snake_case_name, snakeCaseName",
        "Run_Uuid, runUuid",
        "already_camelCase, alreadyCamelCase",
        "x, x",
    })
    void memberNamesAreLowerCamelCase(String wireName, String javaName) {
        assertEquals(javaName, Names.memberName(wireName));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "IPv6Addresses, ipv6Addresses",
        "CPU, cpu",
        "VPCId, vpcId",
        "IPv6, ipv6",
        "CVSSv2Vector, cvssv2Vector",
        "AddressIPv6, addressIpv6",
        "IDs, ids",
        "InstanceIDs, instanceIds",
        "VPCsInfo, vpcsInfo",
        "RedirectURIs, redirectUris",
        "UserIDIsNull, userIdIsNull",
        "CPUNum, cpuNum",
        "HTTPSvc, httpSvc",
        "HSsdAvailable, hSsdAvailable",
    })
    void leadingAcronymsAreLowercasedAsAWhole(String wireName, String javaName) {
        assertEquals(javaName, Names.memberName(wireName));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Class, class_",
        "Default, default_",
        "Package, package_",
        "Int, int_",
        "Null, null_",
        "True, true_",
        "Goto, goto_",
        "Record, record_",
        "Var, var_",
        "Yield, yield_",
        "Sealed, sealed_",
        "Permits, permits_",
        "HashCode, hashCode_",
        "ToString, toString_",
        "Equals, equals_",
        "GetClass, getClass_",
        "Builder, builder_",
        "ToBuilder, toBuilder_",
        "Build, build_",
        "Classes, classes",
        "Recorder, recorder",
    })
    void keywordsAndReservedMembersAreEscapedNotRejected(String wireName, String javaName) {
        assertEquals(javaName, Names.memberName(wireName));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ResourceNotFound.RunNotExist, RESOURCE_NOT_FOUND_RUN_NOT_EXIST",
        "ResourceNotFound.EnvironmentNotExist, RESOURCE_NOT_FOUND_ENVIRONMENT_NOT_EXIST",
        "RequestLimitExceeded.IPLimitExceeded, REQUEST_LIMIT_EXCEEDED_IP_LIMIT_EXCEEDED",
        "RequestLimitExceeded.UinLimitExceeded, REQUEST_LIMIT_EXCEEDED_UIN_LIMIT_EXCEEDED",
        "AuthFailure.MFAFailure, AUTH_FAILURE_MFA_FAILURE",
        "InvalidParameterValue, INVALID_PARAMETER_VALUE",
        "InternalError, INTERNAL_ERROR",
        "FailedOperation.Some_Thing, FAILED_OPERATION_SOME_THING",
        "UnsupportedOperation.V2Only, UNSUPPORTED_OPERATION_V2_ONLY",
        "InvalidParameter.IPv6NotSupported, INVALID_PARAMETER_IPV6_NOT_SUPPORTED",
        "ResourceNotFound.InstanceIDs, RESOURCE_NOT_FOUND_INSTANCE_IDS",
        "FailedOperation.ProxyIPIsNotEnough, FAILED_OPERATION_PROXY_IP_IS_NOT_ENOUGH",
        "InvalidParameter.UserIDIsNull, INVALID_PARAMETER_USER_ID_IS_NULL",
    })
    void errorCodesBecomeUpperSnakeConstants(String code, String constant) {
        assertEquals(constant, Names.constantName(code));
    }

    @ParameterizedTest
    @CsvSource({"omics, Omics", "cvm, Cvm", "tke2, Tke2"})
    void classPrefixCapitalisesTheServiceName(String service, String prefix) {
        assertEquals(prefix, Names.classPrefix(service));
    }

    @ParameterizedTest
    @CsvSource({"RunMetadata, RunMetadata", "runInfo, RunInfo"})
    void typeNamesAreCapitalised(String specName, String className) {
        assertEquals(className, Names.typeName(specName));
    }

    @ParameterizedTest
    @CsvSource({"omics, 2022-11-28, omics.v20221128", "cvm, 2017-03-12, cvm.v20170312"})
    void packageSuffixJoinsServiceAndDate(String service, String version, String suffix) {
        assertEquals(suffix, Names.packageSuffix(service, version));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RunUuid", "a", "Run_Uuid", "X1"})
    void validWireNames(String name) {
        assertTrue(Names.isValidWireName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1Run", "_Run", "Run-Uuid", "Run Uuid", "Rün", "Run.Uuid"})
    void invalidWireNames(String name) {
        assertFalse(Names.isValidWireName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AuthFailure", "ResourceNotFound.RunNotExist", "A.B.C", "Limit_Exceeded.X1"})
    void validErrorCodes(String code) {
        assertTrue(Names.isValidErrorCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".Auth", "Auth.", "Auth..Failure", "Auth Failure", "1Auth", "Auth.1"})
    void invalidErrorCodes(String code) {
        assertFalse(Names.isValidErrorCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"omics", "cvm", "tke2"})
    void validServiceNames(String name) {
        assertTrue(Names.isValidServiceName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Omics", "om-ics", "2omics", "om ics"})
    void invalidServiceNames(String name) {
        assertFalse(Names.isValidServiceName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-11-28", "2017-03-12"})
    void validVersions(String version) {
        assertTrue(Names.isValidVersion(version));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2022/11/28", "20221128", "2022-1-28", "v2022-11-28"})
    void invalidVersions(String version) {
        assertFalse(Names.isValidVersion(version));
    }

    @ParameterizedTest
    @ValueSource(strings = {"omics.tencentcloudapi.com", "localhost", "omics.ap-guangzhou.tencentcloudapi.com"})
    void validHosts(String host) {
        assertTrue(Names.isValidHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://omics.tencentcloudapi.com", "omics..com", "-omics.com", "omics.com/", "omics.com:443"})
    void invalidHosts(String host) {
        assertFalse(Names.isValidHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.tcgen.client", "com.example", "a"})
    void validPackageNames(String name) {
        assertTrue(Names.isValidPackageName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dev.class.client", "dev.record", "com.example.", "1com", "com.exämple", "com..example"})
    void invalidPackageNames(String name) {
        assertFalse(Names.isValidPackageName(name));
    }
}
