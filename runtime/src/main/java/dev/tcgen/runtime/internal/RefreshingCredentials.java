package dev.tcgen.runtime.internal;

import dev.tcgen.runtime.Credentials;
import dev.tcgen.runtime.CredentialsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps one set of temporary credentials and fetches the next a margin before it expires; thread-safe.
 *
 * <p>One fetch at a time: while the current set is still valid, a thread that finds a fetch under way takes
 * the current set instead of waiting; once it has expired (or before the first), threads wait for the one
 * fetch and all take its answer. A failed fetch while the current set is still valid keeps serving that set
 * and tries again a little later; once nothing valid is left, the failure is thrown as it is.
 */
public final class RefreshingCredentials {

    /** How long before the expiry the next set is fetched; the official SDKs use the same. */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    /** After a failed fetch, or one whose set had expired on arrival, how long the set is served before the next try. */
    static final Duration PAUSE_BEFORE_NEXT_TRY = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(RefreshingCredentials.class.getName());

    private final String source;

    private final Supplier<ExpiringCredentials> fetch;

    private final Clock clock;

    private final ReentrantLock fetching = new ReentrantLock();

    private volatile Held held;

    /**
     * @param source what the credentials come from, for log lines, e.g. {@code "the CVM instance role"}
     * @param fetch gets a fresh set; throws {@link CredentialsException} saying what failed
     * @param clock decides when a set is due
     */
    public RefreshingCredentials(String source, Supplier<ExpiringCredentials> fetch, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The current set, fetched first when it is due; throws {@link CredentialsException} when there is no
     * valid set and fetching one failed.
     *
     * @return the current credentials
     */
    public Credentials credentials() {
        Held current = held;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.due)) {
            return current.set.credentials();
        }
        boolean stillValid = current != null && now.isBefore(current.set.expiry());
        if (stillValid) {
            if (!fetching.tryLock()) {
                return current.set.credentials();
            }
        } else {
            fetching.lock();
        }
        try {
            return refreshLocked();
        } finally {
            fetching.unlock();
        }
    }

    /** The set that another thread may have fetched meanwhile, or a fresh one. */
    private Credentials refreshLocked() {
        Held current = held;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.due)) {
            return current.set.credentials();
        }
        ExpiringCredentials fresh;
        try {
            fresh = fetch.get();
        } catch (CredentialsException e) {
            if (current != null && now.isBefore(current.set.expiry())) {
                LOG.log(System.Logger.Level.WARNING, () -> "refreshing the credentials of " + source
                        + " failed; the current ones stay in use until " + current.set.expiry() + ": " + e.getMessage());
                held = new Held(current.set, min(now.plus(PAUSE_BEFORE_NEXT_TRY), current.set.expiry()));
                return current.set.credentials();
            }
            throw e;
        }
        held = new Held(fresh, due(fresh.expiry(), now));
        return fresh.credentials();
    }

    /**
     * The margin before {@code expiry}, but no more than half the set's life, so that short-lived sets are
     * used for a while too. A set that is expired by our clock when it arrives (our clock runs ahead of the
     * service's) is still the freshest there is: it is used, and the next asked for a little later, not at once.
     */
    private static Instant due(Instant expiry, Instant now) {
        Duration life = Duration.between(now, expiry);
        if (life.isNegative() || life.isZero()) {
            return now.plus(PAUSE_BEFORE_NEXT_TRY);
        }
        Duration margin = life.dividedBy(2).compareTo(REFRESH_MARGIN) < 0 ? life.dividedBy(2) : REFRESH_MARGIN;
        return expiry.minus(margin);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Names the source only. */
    @Override
    public String toString() {
        return "RefreshingCredentials[" + source + "]";
    }

    /** A set and when to fetch the next. */
    private record Held(ExpiringCredentials set, Instant due) {
    }
}
