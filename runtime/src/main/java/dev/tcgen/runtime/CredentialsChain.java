package dev.tcgen.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The first credentials that one of several providers, asked in order, has.
 */
public final class CredentialsChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;

    /**
     * A chain that asks {@code providers} in order.
     *
     * @param providers the providers, first asked first
     */
    public CredentialsChain(List<CredentialsProvider> providers) {
        this.providers = List.copyOf(providers);
    }

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
