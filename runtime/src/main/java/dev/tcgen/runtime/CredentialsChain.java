package dev.tcgen.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The first credentials that one of several providers, asked in order, has.
 */
public final class CredentialsChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;

    /**
     * Asks {@code providers} in their order.
     *
     * @param providers the providers, first asked first
     */
    public CredentialsChain(List<CredentialsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /**
     * The default chain over {@code environment} (variable name to value, null when unset), the profile file under
     * {@code home}, the OIDC role against {@code sts} and the instance role against {@code metadata}.
     */
    static CredentialsChain defaults(Function<String, String> environment, Path home, URI sts, URI metadata) {
        return new CredentialsChain(List.of(
                new EnvironmentCredentialsProvider(environment),
                ProfileCredentialsProvider.inHome(home),
                OidcRoleCredentialsProvider.builder().environment(environment).stsEndpoint(sts).build(),
                InstanceRoleCredentialsProvider.builder().metadataEndpoint(metadata).build()));
    }

    /**
     * The first provider's credentials that has some; throws {@link CredentialsException} saying what each one
     * said when none has.
     */
    @Override
    public Credentials credentials() {
        List<String> reasons = new ArrayList<>();
        for (CredentialsProvider provider : providers) {
            try {
                return provider.credentials();
            } catch (CredentialsException e) {
                reasons.add(e.getMessage());
            }
        }
        throw new CredentialsException("no credentials found: " + String.join("; ", reasons));
    }

    @Override
    public String toString() {
        return "CredentialsChain" + providers;
    }
}
