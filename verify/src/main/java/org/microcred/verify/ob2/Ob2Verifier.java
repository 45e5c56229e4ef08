package org.microcred.verify.ob2;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.bake.BakedCredential;
import org.microcred.verify.fetch.DocumentFetcher;

/**
 * Verifies Open Badges 2.0 assertions (<a href="https://www.imsglobal.org/spec/ob/v2p0/">OB 2.0</a>):
 * hosted badges ({@code HostedBadge}/{@code hosted}) presented as JSON or as the URL a legacy baked
 * image carries, and signed badges ({@code SignedBadge}/{@code signed}) presented as a compact JWS.
 * Immutable and thread-safe once built; share one instance.
 *
 * <pre>{@code
 * Ob2Verifier verifier = Ob2Verifier.builder()
 *     .fetcher(DocumentFetcher.preloaded(documents))       // the only way anything is fetched
 *     .expectedRecipient(ExpectedRecipient.email("ada@example.org"))
 *     .build();
 * Ob2Result result = verifier.verify(text);
 * result.isValid(); result.steps(); result.display().badgeName();
 * }</pre>
 *
 * <h2>What is checked</h2>
 * <ul>
 *   <li>{@code parse}: the input is a JSON object, a compact JWS or an http(s) URL.</li>
 *   <li>{@code context}, {@code type}, {@code schema}: the OB 2.0 context, the types and the
 *       required properties of the Assertion, BadgeClass and issuer Profile (issuer as issuer:
 *       id, type, name, url, email).</li>
 *   <li>{@code proof}: hosted — the presented JSON is only a pointer: the assertion is fetched from
 *       its {@code id} and the fetched copy is used (a differing presented copy is a WARN); signed —
 *       the JWS {@code alg} is RS256, PS256 or ES256 ({@code none} and HMAC are always refused) and
 *       the signature verifies with an authorised issuer key.</li>
 *   <li>{@code issuer-binding}: the issuer Profile is fetched from its own id (an embedded copy
 *       cannot vouch for itself); hosted — the assertion id is within the Profile's
 *       {@code verification} {@code startsWith} / {@code allowedOrigins} (default: the issuer id's
 *       origin); signed — the key ({@code verification.creator}, else each Profile
 *       {@code publicKey}) is listed in the Profile and its CryptographicKey names the issuer as
 *       {@code owner}.</li>
 *   <li>{@code validity-period}: {@code issuedOn} not in the future, {@code expires} not passed,
 *       within the clock skew.</li>
 *   <li>{@code status}: HTTP 410 Gone or {@code revoked: true} on the hosted copy, or the
 *       assertion {@code id} (or legacy {@code uid}) in the Profile's {@code revocationList}. The
 *       {@code revocationReason} of a 410 answer's JSON body (kept by the fetcher, see
 *       {@link org.microcred.verify.fetch.FetchException#body()}) is reported in the step message and
 *       {@link Ob2Display#revocationReason()}. An unreachable revocation list is a WARN, or a FAIL
 *       with {@link Builder#strictRevocationList(boolean)}.</li>
 *   <li>{@code recipient}: the expected identifier against the IdentityObject (salted or unsalted
 *       sha256 / md5, any hex case, or plaintext); SKIP when none was given.</li>
 * </ul>
 *
 * <p>Verification never throws on bad input; every problem is a failed step. Only {@code null}
 * arguments throw.
 */
public final class Ob2Verifier {

    /** Default clock skew tolerated on {@code issuedOn} and {@code expires}: 5 minutes. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

    private final DocumentFetcher fetcher;
    private final Clock clock;
    private final Duration clockSkew;
    private final Optional<ExpectedRecipient> expectedRecipient;
    private final boolean strictRevocationList;

    private Ob2Verifier(Builder b) {
        this.fetcher = b.fetcher;
        this.clock = b.clock;
        this.clockSkew = b.clockSkew;
        this.expectedRecipient = Optional.ofNullable(b.expectedRecipient);
        this.strictRevocationList = b.strictRevocationList;
    }

    /** @return a builder: offline (nothing fetched), system UTC clock, 5 minutes skew, no expected recipient */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this verifier's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.fetcher = fetcher;
        b.clock = clock;
        b.clockSkew = clockSkew;
        b.expectedRecipient = expectedRecipient.orElse(null);
        b.strictRevocationList = strictRevocationList;
        return b;
    }

    /**
     * Verifies one Open Badges 2.0 input.
     *
     * @param input an assertion as JSON, a compact JWS (signed badge), or the http(s) URL of a
     *     hosted assertion; surrounding white space is ignored; never null
     * @return the result; never null. Bad input is a result with failed steps, never an exception
     * @throws NullPointerException if {@code input} is null
     */
    public Ob2Result verify(String input) {
        Objects.requireNonNull(input, "input");
        return new Ob2Run(fetcher, clock, clockSkew, expectedRecipient, strictRevocationList).run(input);
    }

    /**
     * Verifies UTF-8 bytes (malformed sequences are replaced, then fail to parse).
     *
     * @param utf8 the input bytes; never null
     * @return the result, as {@link #verify(String)}
     */
    public Ob2Result verify(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return verify(new String(utf8, StandardCharsets.UTF_8));
    }

    /**
     * Verifies the credential taken out of a baked image ({@link org.microcred.core.bake.BadgeBaker#unbake}).
     *
     * @param baked the unbaked credential; never null
     * @return the result, as {@link #verify(String)}
     */
    public Ob2Result verify(BakedCredential baked) {
        Objects.requireNonNull(baked, "baked");
        return verify(baked.text());
    }

    /** @return the clock skew tolerated on dates */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** @return the expected recipient, if one was set */
    public Optional<ExpectedRecipient> expectedRecipient() {
        return expectedRecipient;
    }

    /** @return whether an unreachable revocation list fails verification */
    public boolean strictRevocationList() {
        return strictRevocationList;
    }

    /** Collects settings for an {@link Ob2Verifier}. Not thread-safe; build once and share the verifier. */
    public static final class Builder {

        private DocumentFetcher fetcher = DocumentFetcher.none();
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private ExpectedRecipient expectedRecipient;
        private boolean strictRevocationList;

        private Builder() {
        }

        /**
         * @param fetcher where hosted assertions, BadgeClasses, issuer Profiles, keys and revocation
         *     lists are read from: {@link DocumentFetcher#preloaded(java.util.Map)} for offline use, an
         *     opt-in {@link org.microcred.verify.fetch.HttpsDocumentFetcher}, or a chain of both;
         *     default {@link DocumentFetcher#none()}: nothing is fetched, so hosted badges and keys
         *     cannot be verified
         * @return this builder
         */
        public Builder fetcher(DocumentFetcher fetcher) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * @param clock the clock "now" is read from; default: the system UTC clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param skew tolerance on {@code issuedOn} and {@code expires}; zero or positive, at most one day
         * @return this builder
         * @throws IllegalArgumentException if negative or over one day
         */
        public Builder clockSkew(Duration skew) {
            Objects.requireNonNull(skew, "skew");
            if (skew.isNegative() || skew.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("clockSkew must be between 0 and 1 day: " + skew);
            }
            this.clockSkew = skew;
            return this;
        }

        /**
         * @param recipient the identifier the badge should be awarded to, or null for none (the
         *     {@code recipient} check is then skipped)
         * @return this builder
         */
        public Builder expectedRecipient(ExpectedRecipient recipient) {
            this.expectedRecipient = recipient;
            return this;
        }

        /**
         * @param strict whether an issuer revocation list that cannot be fetched fails the
         *     {@code status} check (default false: a WARN)
         * @return this builder
         */
        public Builder strictRevocationList(boolean strict) {
            this.strictRevocationList = strict;
            return this;
        }

        /** @return the verifier */
        public Ob2Verifier build() {
            return new Ob2Verifier(this);
        }
    }
}
