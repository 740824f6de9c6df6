package dev.tcgen.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.tcgen.generator.model.Service;

/**
 * Where each generated artifact and each runtime class lives, so that emitters refer to them consistently. The
 * runtime is {@code <base>.core} when embedded in the output, {@code dev.tcgen.runtime} when it is a dependency.
 */
record GeneratedNames(String basePackage, RuntimeMode runtime) {

    String corePackage() {
        return runtime == RuntimeMode.DEPENDENCY ? RuntimeSources.RUNTIME_PACKAGE : basePackage + ".core";
    }

    String servicePackage(Service service) {
        return basePackage + "." + service.packageSuffix();
    }

    private ClassName core(String simpleName) {
        return ClassName.get(corePackage(), simpleName);
    }

    private ClassName internal(String simpleName) {
        return ClassName.get(corePackage() + ".internal", simpleName);
    }

    private ClassName service(Service service, String simpleName) {
        return ClassName.get(servicePackage(service), simpleName);
    }

    ClassName jsonValues() {
        return internal("JsonValues");
    }

    ClassName jsonFields() {
        return internal("JsonFields");
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

    ClassName apiException() {
        return core("TencentCloudException");
    }

    ClassName transportException() {
        return core("TencentCloudTransportException");
    }

    ClassName clientSettings() {
        return core("ClientSettings");
    }

    ClassName serviceClient() {
        return core("ServiceClient");
    }

    ClassName serviceDescription() {
        return core("ServiceDescription");
    }

    ClassName operation() {
        return core("Operation");
    }

    ClassName callOptions() {
        return core("CallOptions");
    }

    ClassName paginator() {
        return core("Paginator");
    }

    ClassName serviceException(Service service) {
        return service(service, service.classPrefix() + "Exception");
    }

    ClassName client(Service service) {
        return service(service, service.classPrefix() + "Client");
    }

    ClassName sandboxRules() {
        return internal("SandboxRules");
    }

    ClassName sandboxAnswers() {
        return core("SandboxAnswers");
    }

    ClassName sandboxServer() {
        return internal("SandboxServer");
    }

    ClassName sandboxBuilder() {
        return core("SandboxBuilder");
    }

    ClassName serviceSandbox() {
        return core("ServiceSandbox");
    }

    ClassName sandbox(Service service) {
        return service(service, service.classPrefix() + "Sandbox");
    }
}
