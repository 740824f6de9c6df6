package dev.tcgen.runtime;

/**
 * The client or the call is set up so that the call cannot be made (a required region unset, say); thrown
 * before anything is sent.
 */
public final class ClientConfigurationException extends TencentCloudSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * A client that cannot be built as configured.
     *
     * @param message what is wrong and how to fix it
     */
    public ClientConfigurationException(String message) {
        super(message);
    }
}
