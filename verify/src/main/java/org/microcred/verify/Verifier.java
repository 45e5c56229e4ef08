package org.microcred.verify;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.microcred.core.internal.OrderedParallel;
import org.microcred.core.json.Json;
import org.microcred.core.json.JsonLimits;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.proof.KeyResolver;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.bake.BadgeBaker;
import org.microcred.core.bake.BakedCredential;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.ob2.Ob2Verifier;
import org.microcred.verify.internal.SuiteProofChecker;
import org.microcred.verify.spi.ImageExtractor;
import org.microcred.verify.spi.JsonLdInspector;
import org.microcred.verify.spi.ProofChecker;
import org.microcred.verify.spi.StatusChecker;

/**
 * Verifies badges in every form an applicant-tracking or HR system receives — OB 3.0 JSON with an
 * embedded proof, VC-JWTs, baked PNG and SVG images, CLR 2.0 transcripts, VC 1.1-era OB 3.0
 * badges, OB 2.0 assertions — and says in a {@link VerificationReport} whether each is genuine,
 * current, unrevoked, issued by someone trusted, to the expected recipient.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.builder()
 *     .trustedIssuers(List.of("did:web:lms.example.edu"))
 *     .build();
 * VerificationReport report = verifier.verify(Path.of("badge.png"));
 * if (report.isValid()) { ... } else { report.failures().forEach(System.out::println); }
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * <ul>
 * <li><b>Never throws on input.</b> Malformed, oversized, truncated or hostile input yields a
 *     report with a FAIL naming the problem; exceptions from the pluggable pieces become a FAIL of
 *     the check that called them. Only {@code null} arguments throw ({@link NullPointerException}).
 * <li><b>Never hangs on input.</b> Input size, JSON depth and string length are bounded
 *     ({@link Builder#jsonLimits}, {@link Builder#maxInputBytes}); embedded endorsements and CLR
 *     credentials are bounded in number and nesting; the proof and status pieces carry their own
 *     work budgets and timeouts (JSON-LD canonicalization has its own budget in core's
 *     {@code Canonicalizer}); and every verification has a wall-clock time limit
 *     ({@link Builder#timeLimit}, default 30 s), see below.
 * <li><b>Never calls a bad document valid.</b> See {@link VerificationReport#isValid()}: the
 *     proof and its binding to the issuer must PASS; nothing that FAILs is overlooked.
 * <li><b>Offline by default.</b> Nothing is fetched unless the pieces are configured to.
 * </ul>
 *
 * <h2>Time limit</h2>
 * Each verification (each input of {@link #verifyAll}) has a deadline {@link Builder#timeLimit}
 * after {@code verify} is called, measured on a monotonic clock (not the {@link Builder#clock},
 * which only says what "now" is for validity periods). A check that would start after the
 * deadline is not run: it is reported FAIL with the message "Not run: the verification time limit
 * of … was reached" — except {@code refresh}, which is advisory and is a WARN — so the report is
 * never valid when a check did not run. Every fetch through the {@link Builder#documentFetcher}
 * (status lists, keys and DID documents, the refresh service, OB 2.0 documents) gets at most the
 * time left ({@link DocumentFetcher#fetch(java.net.URI, Duration)}), and none starts after the
 * deadline; a check during which the deadline cut a fetch short reports FAIL where it would
 * otherwise have warned or skipped (an unobtainable status list, for instance). Custom pieces
 * built with their own fetcher ({@link Builder#keyResolver}, {@link Builder#statusChecker}) bound
 * their own fetches; a check already running is not interrupted, and reading the input (a file,
 * a stream) is not counted.
 *
 * <h2>Refresh</h2>
 * A credential naming a {@code 1EdTechCredentialRefresh} service is refreshed once (OB 3.0
 * verification step 3) through the {@link Builder#documentFetcher} — so, by default, not at all:
 * with {@link DocumentFetcher#none()} the {@code refresh} check WARNs that the credential was
 * verified as presented. See {@link CheckId#REFRESH}, {@link VerificationReport#refreshedFrom()}
 * and {@link Builder#refresh(boolean)}.
 *
 * <p>A {@code Verifier} is immutable and thread-safe; share one. The checks and their order are
 * described by {@link CheckId}.
 */
public final class Verifier {

    /** {@link #verifyAll}: inputs in flight per thread, and most inputs per task. */
    private static final int BATCH_WINDOW_PER_THREAD = 32;
    private static final int BATCH_MAX_CHUNK = 4;

    /** The default tolerated clock difference (5 minutes). */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);
    /** The default largest input (32 MiB: images are larger than the JSON they carry). */
    public static final long DEFAULT_MAX_INPUT_BYTES = 32L * 1024 * 1024;
    /** The default wall-clock time limit of one verification (30 seconds). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    final Clock clock;
    final Duration clockSkew;
    final VerificationMode mode;
    final IssuerTrust issuerTrust;
    final Set<String> acceptedProofSuites;
    final Set<SignatureAlgorithm> acceptedAlgorithms;
    final ProofSuites proofSuites;
    final KeyResolver keyResolver;
    private final KeyResolver customKeyResolver;
    final ProofChecker proofChecker;
    final DocumentFetcher documentFetcher;
    /** The caller's fetcher bound by each verification's deadline: what the pipeline and the default pieces use. */
    final DocumentFetcher fetcher;
    final StatusChecker statusChecker;
    private final StatusChecker customStatusChecker;
    final ImageExtractor imageExtractor;
    final JsonLdInspector jsonLdInspector;
    final Canonicalizer canonicalizer;
    final boolean strictStatus;
    final KnownRecipient recipient;
    final Json json;
    final long maxInputBytes;
    final int parallelism;
    final int maxEmbedded;
    final int maxNesting;
    final boolean refresh;
    final Duration timeLimit;
    final java.util.function.LongSupplier ticker;
    final Ob2Verifier ob2Verifier;
    /** The default Data Integrity suites canonicalize in safe mode with the inspector's canonicalizer. */
    final boolean jsonLdCoveredByProof;
    /** What the caller set explicitly (null = default), so toBuilder() derives defaults anew. */
    private final ProofSuites customProofSuites;
    private final ProofChecker customProofChecker;
    private final JsonLdInspector customJsonLdInspector;

    private Verifier(Builder b) {
        this.clock = b.clock;
        this.clockSkew = b.clockSkew;
        this.mode = b.mode;
        this.issuerTrust = b.issuerTrust;
        this.acceptedProofSuites = b.acceptedProofSuites == null ? null : Set.copyOf(b.acceptedProofSuites);
        this.acceptedAlgorithms = b.acceptedAlgorithms == null ? null : Set.copyOf(b.acceptedAlgorithms);
        this.canonicalizer = b.canonicalizer != null ? b.canonicalizer : Canonicalizer.standard();
        this.jsonLdCoveredByProof = b.jsonLdInspector == null && b.proofChecker == null && b.proofSuites == null;
        this.customProofSuites = b.proofSuites;
        this.customProofChecker = b.proofChecker;
        this.customJsonLdInspector = b.jsonLdInspector;
        this.proofSuites = b.proofSuites != null ? b.proofSuites : ProofSuites.defaults(canonicalizer);
        this.documentFetcher = b.documentFetcher;
        this.fetcher = new TimeBoundFetcher(b.documentFetcher);
        this.customKeyResolver = b.keyResolver;
        this.keyResolver = b.keyResolver != null ? b.keyResolver
                : org.microcred.verify.resolve.ProofKeyResolvers.forProofs(
                        org.microcred.verify.resolve.KeyResolver.using(fetcher));
        this.proofChecker = b.proofChecker != null ? b.proofChecker : new SuiteProofChecker(proofSuites, keyResolver);
        this.json = Json.withLimits(b.jsonLimits);
        this.customStatusChecker = b.statusChecker;
        this.statusChecker = b.statusChecker != null ? b.statusChecker
                : statusLists(org.microcred.verify.status.StatusChecker.builder().fetcher(fetcher)
                        .proofSuites(proofSuites).keyResolver(keyResolver).clock(clock).clockSkew(clockSkew)
                        .strict(b.strictStatus).build());
        this.imageExtractor = b.imageExtractor != null ? b.imageExtractor : bakedImages();
        this.jsonLdInspector = b.jsonLdInspector != null ? b.jsonLdInspector : safeModeInspector(canonicalizer);
        this.strictStatus = b.strictStatus;
        this.recipient = b.recipient;
        this.maxInputBytes = b.maxInputBytes;
        this.parallelism = b.parallelism;
        this.maxEmbedded = b.maxEmbedded;
        this.maxNesting = b.maxNesting;
        this.refresh = b.refresh;
        this.timeLimit = b.timeLimit;
        this.ticker = b.ticker;
        this.ob2Verifier = Ob2Verifier.builder().fetcher(fetcher).clock(clock).clockSkew(clockSkew)
                .strictRevocationList(strictStatus).build();
    }

    /** The verify.status checker (Bitstring Status List, StatusList2021, 1EdTech Revocation List) as the SPI. */
    private static StatusChecker statusLists(org.microcred.verify.status.StatusChecker checker) {
        return new StatusChecker() {
            @Override
            public org.microcred.verify.spi.StatusOutcome check(com.fasterxml.jackson.databind.JsonNode credential,
                    java.time.Instant now) {
                org.microcred.verify.status.StatusCheck check = checker.check(credential, now);
                org.microcred.verify.spi.StatusOutcome.State state = switch (check.state()) {
                    case ACTIVE -> org.microcred.verify.spi.StatusOutcome.State.ACTIVE;
                    case REVOKED -> org.microcred.verify.spi.StatusOutcome.State.REVOKED;
                    case SUSPENDED -> org.microcred.verify.spi.StatusOutcome.State.SUSPENDED;
                    case UNKNOWN -> org.microcred.verify.spi.StatusOutcome.State.UNOBTAINABLE;
                    case INVALID -> org.microcred.verify.spi.StatusOutcome.State.INVALID;
                    case NOT_APPLICABLE -> org.microcred.verify.spi.StatusOutcome.State.NOT_APPLICABLE;
                };
                return new org.microcred.verify.spi.StatusOutcome(state, check.message());
            }

            @Override
            public String toString() {
                return checker.toString();
            }
        };
    }

    private static ImageExtractor bakedImages() {
        BadgeBaker baker = BadgeBaker.standard();
        return (type, image) -> baker.unbake(image).map(BakedCredential::text);
    }

    /** JSON-LD in safe mode with the canonicalizer's contexts: what a Data Integrity proof would sign. */
    private static JsonLdInspector safeModeInspector(Canonicalizer canonicalizer) {
        return credential -> {
            try {
                canonicalizer.canonicalizeWithoutProof(credential);
                return java.util.List.of();
            } catch (org.microcred.core.MicrocredException e) {
                return java.util.List.of(e.getMessage());
            }
        };
    }

    /**
     * @return a builder with the defaults: system UTC clock, 5 minutes skew, EXHAUSTIVE, offline,
     *     refresh on (through the fetcher only), a 30 s time limit per verification
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this verifier's settings, to derive a variant */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clock = clock;
        b.clockSkew = clockSkew;
        b.mode = mode;
        b.issuerTrust = issuerTrust;
        b.acceptedProofSuites = acceptedProofSuites;
        b.acceptedAlgorithms = acceptedAlgorithms;
        b.proofSuites = customProofSuites;
        b.keyResolver = customKeyResolver;
        b.proofChecker = customProofChecker;
        b.documentFetcher = documentFetcher;
        b.statusChecker = customStatusChecker;
        b.imageExtractor = imageExtractor;
        b.jsonLdInspector = customJsonLdInspector;
        b.canonicalizer = canonicalizer;
        b.strictStatus = strictStatus;
        b.recipient = recipient;
        b.jsonLimits = json.limits();
        b.maxInputBytes = maxInputBytes;
        b.parallelism = parallelism;
        b.maxEmbedded = maxEmbedded;
        b.maxNesting = maxNesting;
        b.refresh = refresh;
        b.timeLimit = timeLimit;
        b.ticker = ticker;
        return b;
    }

    /**
     * Verifies raw bytes: a JSON credential, a compact JWS, or a PNG / SVG image.
     *
     * @param input the bytes
     * @return the report; never null
     * @throws NullPointerException if input is null
     */
    public VerificationReport verify(byte[] input) {
        return verify(VerificationInput.of(Objects.requireNonNull(input, "input")));
    }

    /**
     * Verifies raw bytes, checking they were issued to the given recipient.
     *
     * @param input the bytes
     * @param recipient the expected recipient (overrides the builder's)
     * @return the report; never null
     * @throws NullPointerException if an argument is null
     */
    public VerificationReport verify(byte[] input, KnownRecipient recipient) {
        return verify(VerificationInput.of(Objects.requireNonNull(input, "input")).withRecipient(recipient));
    }

    /**
     * Verifies text: a JSON credential or a compact JWS (VC-JWT).
     *
     * @param input the text
     * @return the report; never null
     * @throws NullPointerException if input is null
     */
    public VerificationReport verify(String input) {
        Objects.requireNonNull(input, "input");
        return verify(VerificationInput.of(input.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Verifies a file; the report's {@code file} is the path. A file that cannot be read is a
     * {@code parse} FAIL, not an exception.
     *
     * @param file the file
     * @return the report; never null
     * @throws NullPointerException if file is null
     */
    public VerificationReport verify(Path file) {
        return verify(VerificationInput.of(Objects.requireNonNull(file, "file")));
    }

    /**
     * Reads a stream (up to {@link Builder#maxInputBytes} plus one byte) and verifies it. The
     * stream is closed.
     *
     * @param input the stream
     * @return the report; never null
     * @throws NullPointerException if input is null
     */
    public VerificationReport verify(InputStream input) {
        return verify(VerificationInput.of(null, Objects.requireNonNull(input, "input")));
    }

    /**
     * Verifies one input with its optional name and recipient.
     *
     * @param input the input
     * @return the report; never null
     * @throws NullPointerException if input is null
     */
    public VerificationReport verify(VerificationInput input) {
        Objects.requireNonNull(input, "input");
        Deadline deadline = Deadline.start(timeLimit, ticker);
        return deadline.around(() -> new Pipeline(this, clock.instant(), input.recipient().orElse(recipient), deadline)
                .verifyTopLevel(input));
    }

    /**
     * Verifies many inputs in parallel ({@link Builder#parallelism} threads), returning the
     * reports lazily <em>in input order</em>; each report carries its input's id. At most 32
     * inputs per thread are held at once (handed to the threads in chunks of up to 4), so memory
     * stays constant however long the input. The source is consumed on the caller's thread as the result stream is consumed.
     * Close the returned stream (try-with-resources) to stop early; abandoned workers exit on
     * their own after a second idle.
     *
     * @param inputs the inputs
     * @return the reports, in input order
     * @throws NullPointerException if inputs is null
     */
    public Stream<VerificationReport> verifyAll(Iterable<VerificationInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        return verifyAll(inputs.iterator());
    }

    /**
     * As {@link #verifyAll(Iterable)}, over a stream of inputs (consumed lazily; closing the
     * result closes the source).
     *
     * @param inputs the inputs
     * @return the reports, in input order
     * @throws NullPointerException if inputs is null
     */
    public Stream<VerificationReport> verifyAll(Stream<VerificationInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        return verifyAll(inputs.iterator()).onClose(inputs::close);
    }

    private Stream<VerificationReport> verifyAll(Iterator<VerificationInput> source) {
        Iterator<VerificationInput> checked = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public VerificationInput next() {
                return Objects.requireNonNull(source.next(), "an input of verifyAll is null");
            }
        };
        OrderedParallel<VerificationInput, VerificationReport> results = new OrderedParallel<>(checked, this::verify,
                parallelism, BATCH_WINDOW_PER_THREAD * parallelism, BATCH_MAX_CHUNK, null, "microcred-verify", null);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(results::close);
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the tolerated clock difference */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** @return the mode */
    public VerificationMode mode() {
        return mode;
    }

    /** @return the default expected recipient */
    public Optional<KnownRecipient> recipient() {
        return Optional.ofNullable(recipient);
    }

    /** @return the door to the network ({@link DocumentFetcher#none()} unless configured) */
    public DocumentFetcher documentFetcher() {
        return documentFetcher;
    }

    /** @return whether credentials are refreshed through their refresh service ({@link Builder#refresh}) */
    public boolean refresh() {
        return refresh;
    }

    /** @return the wall-clock time limit of one verification ({@link Builder#timeLimit}) */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** @return the JSON limits applied to every document */
    public JsonLimits jsonLimits() {
        return json.limits();
    }

    /**
     * A builder for {@link Verifier}. Not thread-safe; every setter validates its argument and
     * returns this builder.
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private VerificationMode mode = VerificationMode.EXHAUSTIVE;
        private IssuerTrust issuerTrust;
        private Set<String> acceptedProofSuites;
        private Set<SignatureAlgorithm> acceptedAlgorithms;
        private ProofSuites proofSuites;
        private KeyResolver keyResolver;
        private ProofChecker proofChecker;
        private DocumentFetcher documentFetcher = DocumentFetcher.none();
        private StatusChecker statusChecker;
        private ImageExtractor imageExtractor;
        private JsonLdInspector jsonLdInspector;
        private Canonicalizer canonicalizer;
        private boolean strictStatus;
        private KnownRecipient recipient;
        private JsonLimits jsonLimits = JsonLimits.DEFAULT;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int maxEmbedded = 500;
        private int maxNesting = 3;
        private boolean refresh = true;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private java.util.function.LongSupplier ticker = System::nanoTime;

        private Builder() {
        }

        /**
         * @param clock the clock validity periods are checked against
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param skew the tolerated difference between the issuer's clock and ours (0 to 1 day)
         * @return this builder
         * @throws IllegalArgumentException if negative or over a day
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
         * @param mode EXHAUSTIVE (default) or FAIL_FAST
         * @return this builder
         */
        public Builder mode(VerificationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Trust only these issuers: a credential from another issuer FAILs the {@code trust} check.
         *
         * @param issuerIds the issuer ids (DIDs or URLs), compared exactly
         * @return this builder
         * @throws IllegalArgumentException if the collection is empty or holds a blank id
         */
        public Builder trustedIssuers(Collection<String> issuerIds) {
            Objects.requireNonNull(issuerIds, "issuerIds");
            if (issuerIds.isEmpty()) {
                throw new IllegalArgumentException("trustedIssuers must not be empty (leave it unset to trust any issuer)");
            }
            for (String id : issuerIds) {
                if (Objects.requireNonNull(id, "an issuer id").isBlank()) {
                    throw new IllegalArgumentException("trustedIssuers holds a blank issuer id");
                }
            }
            this.issuerTrust = IssuerTrust.anyOf(issuerIds);
            return this;
        }

        /**
         * @param trust a custom trust policy (replaces {@link #trustedIssuers})
         * @return this builder
         */
        public Builder issuerTrust(IssuerTrust trust) {
            this.issuerTrust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /**
         * Accept only proofs made with these suites (names as {@code ProofSuite.name()}:
         * {@code eddsa-rdfc-2022}, {@code ecdsa-rdfc-2019}, {@code Ed25519Signature2020},
         * {@code eddsa-2022}, {@code vc-jwt}). Unset: every suite the proof checker supports.
         *
         * @param suites the suite names
         * @return this builder
         * @throws IllegalArgumentException if empty
         */
        public Builder acceptedProofSuites(Collection<String> suites) {
            Objects.requireNonNull(suites, "suites");
            if (suites.isEmpty()) {
                throw new IllegalArgumentException("acceptedProofSuites must not be empty");
            }
            suites.forEach(s -> Objects.requireNonNull(s, "a suite name"));
            this.acceptedProofSuites = new LinkedHashSet<>(suites);
            return this;
        }

        /**
         * Accept only signatures with these algorithms. Unset: all of {@link SignatureAlgorithm}.
         * ({@code none} and HMAC are always rejected.)
         *
         * @param algorithms the algorithms
         * @return this builder
         * @throws IllegalArgumentException if empty
         */
        public Builder acceptedAlgorithms(Collection<SignatureAlgorithm> algorithms) {
            Objects.requireNonNull(algorithms, "algorithms");
            if (algorithms.isEmpty()) {
                throw new IllegalArgumentException("acceptedAlgorithms must not be empty");
            }
            algorithms.forEach(a -> Objects.requireNonNull(a, "an algorithm"));
            this.acceptedAlgorithms = EnumSet.copyOf(algorithms);
            return this;
        }

        /**
         * The proof suites credentials may be secured with (default {@link
         * ProofSuites#defaults(Canonicalizer)}: eddsa-rdfc-2022, ecdsa-rdfc-2019, vc-jwt,
         * Ed25519Signature2020, eddsa-2022, over this verifier's canonicalizer).
         *
         * @param suites the suites
         * @return this builder
         */
        public Builder proofSuites(ProofSuites suites) {
            this.proofSuites = Objects.requireNonNull(suites, "suites");
            return this;
        }

        /**
         * How the keys proofs refer to are found. Default: {@code verify.resolve}'s resolver over
         * the {@link #documentFetcher} (did:key and did:jwk offline; did:web, HTTPS key and
         * controller documents and JWKS through the fetcher — so offline only when preloaded), bridged
         * with {@code ProofKeyResolvers.forProofs}. Set the fetcher before building; this replaces it.
         *
         * @param resolver the resolver
         * @return this builder
         */
        public Builder keyResolver(KeyResolver resolver) {
            this.keyResolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Replaces proof checking altogether (the default uses {@link #proofSuites} and
         * {@link #keyResolver}); the status-list credentials' proofs are checked with it too.
         *
         * @param checker how proofs are checked (embedded Data Integrity proofs and VC-JWTs)
         * @return this builder
         */
        public Builder proofChecker(ProofChecker checker) {
            this.proofChecker = Objects.requireNonNull(checker, "checker");
            return this;
        }

        /**
         * The only door to the network: status lists, revocation lists, refresh services, OB 2.0
         * hosted documents, and (through the default key resolver) DID documents and keys. Default
         * {@link DocumentFetcher#none()}: nothing is fetched, so status lists must be preloaded
         * ({@link DocumentFetcher#preloaded}) or the status check WARNs (FAILs when strict), and
         * credentials are not refreshed. Within a verification every fetch gets at most the time
         * left of the {@link #timeLimit} ({@link DocumentFetcher#fetch(java.net.URI, Duration)}).
         *
         * @param fetcher the fetcher
         * @return this builder
         */
        public Builder documentFetcher(DocumentFetcher fetcher) {
            this.documentFetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * Replaces the default status lookup ({@code org.microcred.verify.status.StatusChecker}:
         * W3C Bitstring Status List, StatusList2021 and 1EdTech Revocation List through the
         * {@link #documentFetcher}, the list's own proof checked with the {@link #proofSuites} and
         * {@link #keyResolver}, the list issued by the credential's issuer).
         *
         * @param checker how status entries are looked up
         * @return this builder
         */
        public Builder statusChecker(StatusChecker checker) {
            this.statusChecker = Objects.requireNonNull(checker, "checker");
            return this;
        }

        /**
         * Replaces the default reading of baked images (core's {@code BadgeBaker}: OB 3.0 and
         * OB 2.0 carriers in PNG and SVG).
         *
         * @param extractor how credentials are read from baked PNG / SVG images
         * @return this builder
         */
        public Builder imageExtractor(ImageExtractor extractor) {
            this.imageExtractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /**
         * Replaces the default JSON-LD inspection (expansion in safe mode with the
         * {@link #canonicalizer}'s contexts, as a Data Integrity proof would see the document:
         * undefined terms, relative IRIs and unknown contexts are problems).
         *
         * @param inspector how JSON-LD problems (undefined terms, unknown contexts) are found
         * @return this builder
         */
        public Builder jsonLdInspector(JsonLdInspector inspector) {
            this.jsonLdInspector = Objects.requireNonNull(inspector, "inspector");
            return this;
        }

        /**
         * The JSON-LD canonicalizer, whose {@code ContextRegistry} says which contexts are known
         * (default {@link Canonicalizer#standard()}: the bundled ones). Register extension
         * contexts here; the {@code context} check and JSON-LD inspection use the same registry.
         *
         * @param canonicalizer the canonicalizer
         * @return this builder
         */
        public Builder canonicalizer(Canonicalizer canonicalizer) {
            this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
            return this;
        }

        /**
         * @param strict when true, a status list that cannot be obtained FAILs the {@code status}
         *     check; by default it is a WARN (as the 1EdTech validator does)
         * @return this builder
         */
        public Builder strictStatus(boolean strict) {
            this.strictStatus = strict;
            return this;
        }

        /**
         * @param recipient the recipient every credential must have been issued to (a per-call
         *     recipient overrides it)
         * @return this builder
         */
        public Builder recipient(KnownRecipient recipient) {
            this.recipient = Objects.requireNonNull(recipient, "recipient");
            return this;
        }

        /**
         * @param limits size, depth and string-length limits for every JSON document read
         * @return this builder
         */
        public Builder jsonLimits(JsonLimits limits) {
            this.jsonLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @param maxBytes the largest input accepted (images included); larger is a parse FAIL
         * @return this builder
         * @throws IllegalArgumentException if not positive or over 1 GiB
         */
        public Builder maxInputBytes(long maxBytes) {
            if (maxBytes <= 0 || maxBytes > (1L << 30)) {
                throw new IllegalArgumentException("maxInputBytes must be between 1 and 1 GiB: " + maxBytes);
            }
            this.maxInputBytes = maxBytes;
            return this;
        }

        /**
         * @param threads worker threads for {@link Verifier#verifyAll} (1 to 256)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder parallelism(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("parallelism must be between 1 and 256: " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * @param max the most embedded credentials (endorsements and CLR members, at every nesting
         *     level together) verified per input (1 to 10,000; default 500), so a hostile document
         *     cannot multiply the work; more is a FAIL of the check that found them
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxEmbeddedCredentials(int max) {
            if (max < 1 || max > 10_000) {
                throw new IllegalArgumentException("maxEmbeddedCredentials must be between 1 and 10000: " + max);
            }
            this.maxEmbedded = max;
            return this;
        }

        /**
         * Whether a credential naming a {@code 1EdTechCredentialRefresh} service is refreshed (OB
         * 3.0 verification step 3; default true). Refreshing only ever goes through the
         * {@link #documentFetcher}: with the default offline fetcher nothing is fetched and the
         * {@code refresh} check WARNs that the credential was verified as presented; preload the
         * refreshed credential under the service URL or opt in to HTTPS to refresh. When the
         * refreshed credential is obtained it must pass the context, type, schema, subject, proof
         * and issuer-binding checks and name the same issuer id and the same credentialSubject id
         * and identifiers as the presented one; then the remaining checks run on it and the report
         * says so ({@link VerificationReport#refreshedFrom()}); otherwise the {@code refresh} check
         * WARNs why and the presented credential is verified. A credential is refreshed at most
         * once (the refreshed credential's own refresh service is not followed), only after its
         * proof and issuer binding passed, and only at the top level (not embedded endorsements or
         * CLR members).
         *
         * @param refresh false to verify every credential as presented, without asking its refresh
         *     service (the {@code refresh} check then WARNs that refreshing is turned off)
         * @return this builder
         * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#refresh">OB 3.0 § Refresh</a>
         */
        public Builder refresh(boolean refresh) {
            this.refresh = refresh;
            return this;
        }

        /**
         * The wall-clock time one verification may take (default {@link #DEFAULT_TIME_LIMIT}, 30 s),
         * counted from the {@code verify} call (per input for {@code verifyAll}). Checks that would
         * start later are reported FAIL ({@code refresh}: WARN) as "Not run: the verification time
         * limit of … was reached", fetches get at most the time left; see the class documentation.
         * Choose a limit above the fetcher's own timeouts when fetching over the network.
         *
         * @param limit between 1 ms and 1 day
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.compareTo(Duration.ofMillis(1)) < 0 || limit.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("timeLimit must be between 1 ms and 1 day: " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /** Tests: the monotonic nanosecond source the time limit is measured with (default System::nanoTime). */
        Builder ticker(java.util.function.LongSupplier ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /**
         * @return the verifier
         */
        public Verifier build() {
            return new Verifier(this);
        }
    }
}
