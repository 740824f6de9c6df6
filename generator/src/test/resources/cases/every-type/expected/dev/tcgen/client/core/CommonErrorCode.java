package dev.tcgen.client.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Error codes that every Tencent Cloud API 3.0 service may return.
 *
 * <p>{@link #fromCode(String)} maps a code string to its constant, and any code not listed here to {@link #UNKNOWN}.
 */
public enum CommonErrorCode {
    /**
     * {@code ActionOffline}: This API has been deprecated.
     */
    ACTION_OFFLINE("ActionOffline", "This API has been deprecated."),

    /**
     * {@code AuthFailure.InvalidAuthorization}: Authorization in the request header is invalid.
     */
    AUTH_FAILURE_INVALID_AUTHORIZATION("AuthFailure.InvalidAuthorization", "Authorization in the request header is invalid."),

    /**
     * {@code AuthFailure.InvalidSecretId}: Invalid key (not a TencentCloud API key type).
     */
    AUTH_FAILURE_INVALID_SECRET_ID("AuthFailure.InvalidSecretId", "Invalid key (not a TencentCloud API key type)."),

    /**
     * {@code AuthFailure.MFAFailure}: MFA failed.
     */
    AUTH_FAILURE_MFA_FAILURE("AuthFailure.MFAFailure", "MFA failed."),

    /**
     * {@code AuthFailure.SecretIdNotFound}: Key does not exist.
     */
    AUTH_FAILURE_SECRET_ID_NOT_FOUND("AuthFailure.SecretIdNotFound", "Key does not exist."),

    /**
     * {@code AuthFailure.SignatureExpire}: Signature expired. Timestamp and server time cannot differ by more than five minutes.
     */
    AUTH_FAILURE_SIGNATURE_EXPIRE("AuthFailure.SignatureExpire", "Signature expired. Timestamp and server time cannot differ by more than five minutes."),

    /**
     * {@code AuthFailure.SignatureFailure}: Invalid signature.
     */
    AUTH_FAILURE_SIGNATURE_FAILURE("AuthFailure.SignatureFailure", "Invalid signature."),

    /**
     * {@code AuthFailure.TokenFailure}: Token error.
     */
    AUTH_FAILURE_TOKEN_FAILURE("AuthFailure.TokenFailure", "Token error."),

    /**
     * {@code AuthFailure.UnauthorizedOperation}: The request is not authorized.
     */
    AUTH_FAILURE_UNAUTHORIZED_OPERATION("AuthFailure.UnauthorizedOperation", "The request is not authorized."),

    /**
     * {@code DryRunOperation}: The request would have succeeded, but the DryRun parameter was used.
     */
    DRY_RUN_OPERATION("DryRunOperation", "The request would have succeeded, but the DryRun parameter was used."),

    /**
     * {@code FailedOperation}: Operation failed.
     */
    FAILED_OPERATION("FailedOperation", "Operation failed."),

    /**
     * {@code InternalError}: Internal error.
     */
    INTERNAL_ERROR("InternalError", "Internal error."),

    /**
     * {@code InvalidAction}: The API does not exist.
     */
    INVALID_ACTION("InvalidAction", "The API does not exist."),

    /**
     * {@code InvalidParameter}: Incorrect parameter.
     */
    INVALID_PARAMETER("InvalidParameter", "Incorrect parameter."),

    /**
     * {@code InvalidParameterValue}: Invalid parameter value.
     */
    INVALID_PARAMETER_VALUE("InvalidParameterValue", "Invalid parameter value."),

    /**
     * {@code InvalidRequest}: The multipart format of the request body is incorrect.
     */
    INVALID_REQUEST("InvalidRequest", "The multipart format of the request body is incorrect."),

    /**
     * {@code IpInBlacklist}: Your IP is in uin IP blacklist.
     */
    IP_IN_BLACKLIST("IpInBlacklist", "Your IP is in uin IP blacklist."),

    /**
     * {@code IpNotInWhitelist}: Your IP is not in uin IP whitelist.
     */
    IP_NOT_IN_WHITELIST("IpNotInWhitelist", "Your IP is not in uin IP whitelist."),

    /**
     * {@code LimitExceeded}: Quota limit exceeded.
     */
    LIMIT_EXCEEDED("LimitExceeded", "Quota limit exceeded."),

    /**
     * {@code MissingParameter}: A parameter is missing.
     */
    MISSING_PARAMETER("MissingParameter", "A parameter is missing."),

    /**
     * {@code NoSuchProduct}: The product does not exist.
     */
    NO_SUCH_PRODUCT("NoSuchProduct", "The product does not exist."),

    /**
     * {@code NoSuchVersion}: The API version does not exist.
     */
    NO_SUCH_VERSION("NoSuchVersion", "The API version does not exist."),

    /**
     * {@code RequestLimitExceeded}: The number of requests exceeds the frequency limit.
     */
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", "The number of requests exceeds the frequency limit."),

    /**
     * {@code RequestLimitExceeded.GlobalRegionUinLimitExceeded}: Uin exceeds the frequency limit.
     */
    REQUEST_LIMIT_EXCEEDED_GLOBAL_REGION_UIN_LIMIT_EXCEEDED("RequestLimitExceeded.GlobalRegionUinLimitExceeded", "Uin exceeds the frequency limit."),

    /**
     * {@code RequestLimitExceeded.IPLimitExceeded}: The number of ip requests exceeds the frequency limit.
     */
    REQUEST_LIMIT_EXCEEDED_IP_LIMIT_EXCEEDED("RequestLimitExceeded.IPLimitExceeded", "The number of ip requests exceeds the frequency limit."),

    /**
     * {@code RequestLimitExceeded.UinLimitExceeded}: The number of uin requests exceeds the frequency limit.
     */
    REQUEST_LIMIT_EXCEEDED_UIN_LIMIT_EXCEEDED("RequestLimitExceeded.UinLimitExceeded", "The number of uin requests exceeds the frequency limit."),

    /**
     * {@code RequestSizeLimitExceeded}: The request size exceeds the upper limit.
     */
    REQUEST_SIZE_LIMIT_EXCEEDED("RequestSizeLimitExceeded", "The request size exceeds the upper limit."),

    /**
     * {@code ResourceInUse}: Resource is in use.
     */
    RESOURCE_IN_USE("ResourceInUse", "Resource is in use."),

    /**
     * {@code ResourceInsufficient}: Insufficient resource.
     */
    RESOURCE_INSUFFICIENT("ResourceInsufficient", "Insufficient resource."),

    /**
     * {@code ResourceNotFound}: The resource does not exist.
     */
    RESOURCE_NOT_FOUND("ResourceNotFound", "The resource does not exist."),

    /**
     * {@code ResourceUnavailable}: Resource is unavailable.
     */
    RESOURCE_UNAVAILABLE("ResourceUnavailable", "Resource is unavailable."),

    /**
     * {@code ResponseSizeLimitExceeded}: The response size exceeds the upper limit.
     */
    RESPONSE_SIZE_LIMIT_EXCEEDED("ResponseSizeLimitExceeded", "The response size exceeds the upper limit."),

    /**
     * {@code ServiceUnavailable}: Service is unavailable now.
     */
    SERVICE_UNAVAILABLE("ServiceUnavailable", "Service is unavailable now."),

    /**
     * {@code UnauthorizedOperation}: Unauthorized operation.
     */
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", "Unauthorized operation."),

    /**
     * {@code UnknownParameter}: Unknown parameter.
     */
    UNKNOWN_PARAMETER("UnknownParameter", "Unknown parameter."),

    /**
     * {@code UnsupportedOperation}: Unsupported operation.
     */
    UNSUPPORTED_OPERATION("UnsupportedOperation", "Unsupported operation."),

    /**
     * {@code UnsupportedProtocol}: HTTP(S) request protocol error; only GET and POST requests are supported.
     */
    UNSUPPORTED_PROTOCOL("UnsupportedProtocol", "HTTP(S) request protocol error; only GET and POST requests are supported."),

    /**
     * {@code UnsupportedRegion}: API does not support the requested region.
     */
    UNSUPPORTED_REGION("UnsupportedRegion", "API does not support the requested region."),

    /**
     * A code this spec does not list; the exception that carries it keeps the raw code.
     */
    UNKNOWN("", "An error code this version of the spec does not list.");

    private static final Map<String, CommonErrorCode> byCode = index();

    private final String code;

    private final String description;

    CommonErrorCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * The code as the server sends it; empty for {@link #UNKNOWN}.
     */
    public String code() {
        return code;
    }

    /**
     * The documented meaning; empty where none is published.
     */
    public String description() {
        return description;
    }

    /**
     * The constant for {@code code}, or {@link #UNKNOWN} when it is null or not listed; never throws.
     */
    public static CommonErrorCode fromCode(String code) {
        CommonErrorCode known = code == null ? null : byCode.get(code);
        return known == null ? UNKNOWN : known;
    }

    private static Map<String, CommonErrorCode> index() {
        Map<String, CommonErrorCode> codes = new HashMap<>();
        for (CommonErrorCode value : values()) {
            if (value != UNKNOWN) {
                codes.put(value.code, value);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
