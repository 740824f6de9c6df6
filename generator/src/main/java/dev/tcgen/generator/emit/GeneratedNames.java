package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.tcgen.generator.model.Service;

/** Where each generated artifact lives, so that emitters refer to each other's classes consistently. */
record GeneratedNames(String basePackage) {

    String corePackage() {
        return basePackage + ".core";
    }

    String servicePackage(Service service) {
        return basePackage + "." + service.packageSuffix();
    }

    ClassName core(String simpleName) {
        return ClassName.get(corePackage(), simpleName);
    }

    ClassName service(Service service, String simpleName) {
        return ClassName.get(servicePackage(service), simpleName);
    }

    ClassName jsonValues() {
        return core("JsonValues");
    }

    ClassName commonErrorCode() {
        return core("CommonErrorCode");
    }

    ClassName errorCode(Service service) {
        return service(service, service.classPrefix() + "ErrorCode");
    }

    ClassName credentials() {
        return core("Credentials");
    }

    ClassName credentialsProvider() {
        return core("CredentialsProvider");
    }

    ClassName environmentCredentials() {
        return core("EnvironmentCredentialsProvider");
    }

    ClassName profileCredentials() {
        return core("ProfileCredentialsProvider");
    }

    ClassName credentialsChain() {
        return core("CredentialsChain");
    }

    ClassName credentialsException() {
        return core("CredentialsException");
    }

    ClassName signer() {
        return core("Tc3Signer");
    }

    ClassName apiException() {
        return core("TencentCloudException");
    }

    ClassName transportException() {
        return core("TencentCloudTransportException");
    }

    ClassName retryPolicy() {
        return core("RetryPolicy");
    }

    ClassName rateLimiter() {
        return core("RateLimiter");
    }

    ClassName invoker() {
        return core("Invoker");
    }

    ClassName serviceException(Service service) {
        return service(service, service.classPrefix() + "Exception");
    }

    ClassName client(Service service) {
        return service(service, service.classPrefix() + "Client");
    }

    ClassName sandboxRules() {
        return core("SandboxRules");
    }

    ClassName sandboxAnswers() {
        return core("SandboxAnswers");
    }

    ClassName sandboxServer() {
        return core("SandboxServer");
    }

    ClassName sandbox(Service service) {
        return service(service, service.classPrefix() + "Sandbox");
    }
}
