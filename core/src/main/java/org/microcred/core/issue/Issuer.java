package org.microcred.core.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.jsonld.Canonicalizer;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.microcred.core.model.Credential;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.KeyReference;
import org.microcred.core.proof.ProofFormat;
import org.microcred.core.proof.ProofOptions;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import org.microcred.core.proof.SecuredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues signed Open Badges 3.0 and CLR 2.0 credentials (VC data model 2.0) for one issuer
 * profile and one signing key.
 *
 * <pre>{@code
 * Issuer issuer = Issuer.builder()
 *     .profile(Profile.builder().id("did:web:lms.example.edu").name("Example University").build())
 *     .signingKey(SigningKeys.ed25519(keyPair, "did:web:lms.example.edu#key-1"))   // or any SigningKey (KMS/HSM)
 *     .proofSuite(ProofSuites.eddsaRdfc2022())                                     // or ProofSuites.vcJwt(RS256)
 *     .build();
 *
 * SignedCredential badge = issuer.issue(OpenBadge.builder()
 *     .achievement(cprCertified)
 *     .recipient(Recipient.email("ada@example.org").hashed())
 *     .validFor(Period.ofYears(2))
 *     .build());
 * badge.text();   // the signed JSON (or JWT) to hand out
 * }</pre>
 *
 * <h2>What the issuer fills in</h2>
 * Only what the credential lacks; what the caller set is kept as set:
 * <ul>
 *   <li>{@code @context}: VC 2.0 + OB {@code context-3.0.3.json} (CLR: VC 2.0 + CLR
 *       {@code context-2.0.1.json} + OB), plus {@code https://purl.imsglobal.org/spec/ob/v3p0/extensions.json}
 *       appended whenever a 1EdTech extension term ({@code 1EdTechJsonSchemaValidator2019},
 *       {@code 1EdTechRevocationList}, {@code 1EdTechCredentialRefresh}) is used as a type and no
 *       context defines it — without it JSON-LD safe mode rejects the credential;</li>
 *   <li>{@code type} (the kind's defaults, e.g. {@code VerifiableCredential, OpenBadgeCredential});</li>
 *   <li>{@code issuer}: the profile. A credential naming another issuer is refused with
 *       {@link ErrorCode#ISSUER_KEY_MISMATCH};</li>
 *   <li>{@code validFrom}: the {@link Builder#clock clock}'s now, truncated to whole seconds (so a
 *       JWT's {@code nbf} equals it exactly);</li>
 *   <li>{@code credentialSchema}: the OB 3.0 achievement or endorsement credential schema, or the CLR
 *       2.0 schema, with type {@code 1EdTechJsonSchemaValidator2019} (turn off with
 *       {@link Builder#fillCredentialSchema(boolean)});</li>
 *   <li>{@code id}: from the {@link IdStrategy} ({@code urn:uuid:…} by default), last, so the
 *       strategy sees the completed draft.</li>
 * </ul>
 * The completed credential must have no {@link Credential#problems() problems}; then the proof
 * suite signs it. For Data Integrity the signed JSON is exactly the completed JSON plus
 * {@code proof}; for VC-JWT the payload is the completed JSON plus the mirrored claims
 * ({@code iss}, {@code sub}, {@code nbf}, {@code jti}, {@code exp}). Both are checked before the
 * result is returned. A subject identified only by {@code identifier}s has no id for {@code sub},
 * so its JWT carries no {@code sub}; OB 3.0 lists {@code sub} as required, so give such recipients
 * a subject id too ({@link Recipient#withId}) when strict JWT verifiers must accept them.
 *
 * <h2>Issuer and key binding</h2>
 * {@link Builder#build()} refuses ({@link ErrorCode#ISSUER_KEY_MISMATCH}) a key a verifier could
 * not bind to the profile: the key's verification method must be {@code <profile id>#<fragment>}
 * (its DID or URL part equal to the profile's id), or, for a {@code did:key} / {@code did:jwk}
 * profile, that exact DID; and when the verification method encodes a key (did:key, did:jwk,
 * a Multikey fragment) it must be the signer's key — compared directly for in-memory keys, or by
 * one probe signature for other signers (a KMS signs one random message at build time).
 *
 * <h2>Safe mode</h2>
 * Data Integrity suites canonicalize the credential in JSON-LD safe mode, so undefined terms fail
 * signing. For VC-JWT, which signs JSON text, the issuer runs the same safe-mode canonicalization
 * ({@link Canonicalizer#canonicalize(JsonNode)}) first, so a JWT credential with an undefined
 * term or a relative IRI is refused ({@link ErrorCode#JSON_LD_FAILED}) before signing.
 *
 * <h2>Threads</h2>
 * Immutable and thread-safe once built; {@link #issueAll} runs a batch on several threads with
 * bounded memory. Only VC data model 2.0 credentials are issued.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges 3.0</a>
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/">VC data model 2.0</a>
 */
public final class Issuer {

    private static final Logger LOG = LoggerFactory.getLogger(Issuer.class);
    /** JWT claims registered by RFC 7519 §4.1. */
    private static final List<String> REGISTERED_CLAIMS = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

    private final Profile profile;
    private final SigningKey signingKey;
    private final ProofSuite proofSuite;
    private final Clock clock;
    private final IdStrategy idStrategy;
    private final ProofOptions proofOptions;
    private final boolean fillCredentialSchema;
    private final Canonicalizer canonicalizer;
    private final CredentialFiller filler;

    private Issuer(Builder b, ProofSuite suite) {
        this.profile = b.profile;
        this.signingKey = b.signingKey;
        this.proofSuite = suite;
        this.clock = b.clock;
        this.idStrategy = b.idStrategy;
        this.proofOptions = b.proofOptions.toBuilder().clock(b.clock).build();
        this.fillCredentialSchema = b.fillCredentialSchema;
        this.canonicalizer = b.canonicalizer;
        this.filler = new CredentialFiller(profile.id().orElseThrow(), CredentialJson.writeValue(profile),
                idStrategy, fillCredentialSchema);
    }

    /** @return a builder with no profile or key, the system UTC clock and {@code urn:uuid:} ids */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this issuer's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.profile = profile;
        b.signingKey = signingKey;
        b.proofSuite = proofSuite;
        b.clock = clock;
        b.idStrategy = idStrategy;
        b.proofOptions = proofOptions;
        b.fillCredentialSchema = fillCredentialSchema;
        b.canonicalizer = canonicalizer;
        return b;
    }

    /** @return the issuer profile every credential names */
    public Profile profile() {
        return profile;
    }

    /** @return the signing key */
    public SigningKey signingKey() {
        return signingKey;
    }

    /** @return the proof suite that signs */
    public ProofSuite proofSuite() {
        return proofSuite;
    }

    /** @return the clock for {@code validFrom} and the proof's {@code created} */
    public Clock clock() {
        return clock;
    }

    /** @return the id strategy for credentials without an id */
    public IdStrategy idStrategy() {
        return idStrategy;
    }

    // ------------------------------------------------------------------------------- issuing

    /**
     * Issues an Open Badge: an {@code OpenBadgeCredential} for the badge's achievement and
     * recipient, completed as described in the class documentation.
     *
     * @param badge what to award; not null
     * @return the signed credential
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} naming the field when the
     *     credential is incomplete or a value cannot be signed (e.g. fractional seconds in a
     *     VC-JWT date); {@link ErrorCode#JSON_LD_FAILED} / {@link ErrorCode#CONTEXT_LOAD_FAILED}
     *     when JSON-LD safe mode rejects it; {@link ErrorCode#SIGNING_FAILED} when the signer fails
     */
    public SignedCredential issue(OpenBadge badge) {
        Objects.requireNonNull(badge, "badge");
        Instant now = now();
        Instant from = badge.validFrom().orElse(now);
        return sign(filler.fill(badge.draft(from), now, isJwt()));
    }

    /**
     * Issues an endorsement: an {@code EndorsementCredential} whose subject is the endorsed
     * achievement, credential or profile, completed as described in the class documentation.
     *
     * @param endorsement the endorsement; not null
     * @return the signed credential
     * @throws MicrocredException as {@link #issue(OpenBadge)}
     */
    public SignedCredential issue(Endorsement endorsement) {
        Objects.requireNonNull(endorsement, "endorsement");
        Instant now = now();
        return sign(filler.fill(endorsement.draft(endorsement.validFrom().orElse(now)), now, isJwt()));
    }

    /**
     * Completes and signs a credential the caller built: an {@code AchievementCredential}
     * ({@code OpenBadgeCredential}), {@code EndorsementCredential}, {@code ClrCredential} or a
     * generic {@code VerifiableCredential}. Build the draft with {@code buildLenient()} when the
     * issuer should supply the id, issuer or {@code validFrom} ({@code build()} requires them).
     * Nothing the caller set is changed; a different issuer is refused. A credential that already
     * carries a proof is signed only if nothing needs filling (the new proof joins a proof set, or
     * the JWT envelopes it).
     *
     * @param unsigned the credential; not null
     * @return the signed credential
     * @throws MicrocredException as {@link #issue(OpenBadge)}, and
     *     {@link ErrorCode#ISSUER_KEY_MISMATCH} if the credential names another issuer
     */
    public SignedCredential issue(Credential unsigned) {
        Objects.requireNonNull(unsigned, "unsigned");
        return sign(filler.fill(unsigned, now(), isJwt()));
    }

    /**
     * Issues a request of either kind.
     *
     * @param request an {@link OpenBadge}, an {@link Endorsement} or a {@link IssueRequest.Draft}; not null
     * @return the signed credential
     * @throws MicrocredException as {@link #issue(OpenBadge)} and {@link #issue(Credential)}
     */
    public SignedCredential issue(IssueRequest request) {
        Objects.requireNonNull(request, "request");
        if (request instanceof OpenBadge badge) {
            return issue(badge);
        }
        if (request instanceof Endorsement endorsement) {
            return issue(endorsement);
        }
        return issue(((IssueRequest.Draft) request).credential());
    }

    /**
     * The credential {@link #issue(OpenBadge)} would sign, completed but unsigned (with this
     * call's time and a fresh id): to preview, store or sign elsewhere.
     *
     * @param badge what to award; not null
     * @return the completed credential
     * @throws MicrocredException as {@link #issue(OpenBadge)}, except signing failures
     */
    public Credential prepare(OpenBadge badge) {
        Objects.requireNonNull(badge, "badge");
        Instant now = now();
        return filler.fill(badge.draft(badge.validFrom().orElse(now)), now, isJwt());
    }

    /**
     * The credential {@link #issue(Credential)} would sign, completed but unsigned.
     *
     * @param unsigned the credential; not null
     * @return the completed credential
     * @throws MicrocredException as {@link #issue(Credential)}, except signing failures
     */
    public Credential prepare(Credential unsigned) {
        Objects.requireNonNull(unsigned, "unsigned");
        return filler.fill(unsigned, now(), isJwt());
    }

    // --------------------------------------------------------------------------------- batch

    /**
     * Issues a batch lazily, with {@link BatchOptions#defaults()}: see
     * {@link #issueAll(Stream, BatchOptions)}.
     *
     * @param requests the inputs; not null
     * @return one result per input, in input order
     */
    public Stream<IssueResult> issueAll(Stream<? extends IssueRequest> requests) {
        return issueAll(requests, BatchOptions.defaults());
    }

    /**
     * Issues a batch lazily: the returned stream pulls inputs from {@code requests} as it is
     * consumed, signs up to {@link BatchOptions#parallelism()} of them at once, and holds at most
     * {@link BatchOptions#maxInFlight()} inputs whose results were not consumed yet — memory stays
     * constant however long the batch. Results come in input order, one per input, each carrying
     * its input and index; a failing input yields a result with its error and does not stop the
     * others. Nothing is collected internally.
     *
     * <p>Close the stream (try-with-resources) if you stop before its end: that cancels work in
     * flight and stops the batch's threads (they also stop by themselves when idle). The stream
     * is sequential and never splits; calling {@code parallel()} on it adds nothing. An exception
     * thrown by the source stream, or a null input, ends the batch with that exception.
     *
     * @param requests the inputs; not null; consumed once
     * @param options parallelism and bound; not null
     * @return one result per input, in input order
     */
    public Stream<IssueResult> issueAll(Stream<? extends IssueRequest> requests, BatchOptions options) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(options, "options");
        BatchRun run = new BatchRun(requests.iterator(), this::issue, options, requests::close);
        return StreamSupport.stream(run, false).onClose(run::close);
    }

    /**
     * Issues a batch and hands each result to a consumer, with {@link BatchOptions#defaults()}:
     * see {@link #issueAll(Iterable, BatchOptions, Consumer)}.
     *
     * @param requests the inputs; not null
     * @param consumer receives one result per input, in input order; not null
     * @return how many inputs were issued and how many failed
     */
    public BatchSummary issueAll(Iterable<? extends IssueRequest> requests, Consumer<? super IssueResult> consumer) {
        return issueAll(requests, BatchOptions.defaults(), consumer);
    }

    /**
     * Issues a batch and hands each result to a consumer, on the calling thread and in input
     * order (so the consumer needs no synchronisation), while up to
     * {@link BatchOptions#parallelism()} inputs are signed at once and at most
     * {@link BatchOptions#maxInFlight()} inputs are held. A failing input is handed over with its
     * error; the batch goes on. If the consumer throws, the batch stops, work in flight is
     * cancelled and the exception propagates.
     *
     * @param requests the inputs; not null; iterated once, on the calling thread
     * @param options parallelism and bound; not null
     * @param consumer receives one result per input, in input order; not null
     * @return how many inputs were issued and how many failed
     */
    public BatchSummary issueAll(Iterable<? extends IssueRequest> requests, BatchOptions options,
            Consumer<? super IssueResult> consumer) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(consumer, "consumer");
        long issued = 0;
        long failed = 0;
        try (BatchRun run = new BatchRun(requests.iterator(), this::issue, options, null)) {
            while (run.hasNext()) {
                IssueResult result = run.next();
                if (result.isIssued()) {
                    issued++;
                } else {
                    failed++;
                }
                consumer.accept(result);
            }
        }
        return new BatchSummary(issued, failed);
    }

    // ------------------------------------------------------------------------------ internals

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private boolean isJwt() {
        return proofSuite.format() == ProofFormat.ENVELOPED;
    }

    private SignedCredential sign(Credential filled) {
        ObjectNode json = CredentialJson.write(filled);
        if (isJwt()) {
            canonicalizer.canonicalize(json);
        }
        SecuredDocument secured;
        try {
            secured = proofSuite.secure(json, signingKey, proofOptions);
        } catch (MicrocredException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The " + proofSuite.name() + " suite failed to sign "
                    + filled.id().orElse("the credential") + " with " + signingKey.verificationMethod() + ": " + e,
                    null, e);
        }
        if (secured == null || secured.format() != proofSuite.format()) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The " + proofSuite.name() + " suite returned "
                    + (secured == null ? "nothing" : "a " + secured.format() + " document"));
        }
        String text = secured.text();
        ObjectNode signedJson = null;
        ObjectNode credentialJson;
        if (secured.format() == ProofFormat.EMBEDDED) {
            signedJson = (ObjectNode) Json.standard().parse(text);
            if (!equalExceptProof(signedJson, json)
                    || proofCount(signedJson.get("proof")) != proofCount(json.get("proof")) + 1) {
                throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The " + proofSuite.name() + " suite changed "
                        + "the credential beyond adding its proof");
            }
            credentialJson = signedJson;
        } else {
            ObjectNode carried = jwtCredential(text, json);
            if (!carried.equals(json)) {
                throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The " + proofSuite.name() + " suite's JWT "
                        + "payload does not carry the credential unchanged");
            }
            credentialJson = carried;
        }
        LOG.debug("Issued {} with {} ({})", json.path("id").asText("?"), proofSuite.name(),
                signingKey.verificationMethod());
        return new SignedCredential(text, credentialJson, secured.format(), proofSuite.name(),
                signingKey.verificationMethod(), signedJson);
    }

    /** Whether two objects have the same properties and values, {@code proof} aside (no copies). */
    private static boolean equalExceptProof(ObjectNode a, ObjectNode b) {
        int extraA = a.has("proof") ? 1 : 0;
        int extraB = b.has("proof") ? 1 : 0;
        if (a.size() - extraA != b.size() - extraB) {
            return false;
        }
        for (var it = a.fields(); it.hasNext(); ) {
            var field = it.next();
            if (!field.getKey().equals("proof") && !field.getValue().equals(b.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static int proofCount(JsonNode proof) {
        return proof == null || proof.isNull() ? 0 : proof.isArray() ? proof.size() : 1;
    }

    /**
     * The credential in a compact JWS payload: its {@code vc} claim (VC 1.1 form), or the payload
     * without the RFC 7519 registered claims the credential itself does not have.
     */
    private static ObjectNode jwtCredential(String compact, ObjectNode signed) {
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The VC-JWT suite returned no compact JWS");
        }
        JsonNode payload = Json.standard().parse(Base64.getUrlDecoder().decode(parts[1]));
        if (!payload.isObject()) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The JWT payload is not a JSON object");
        }
        ObjectNode credential = (ObjectNode) payload;
        if (!signed.has("vc") && credential.path("vc").isObject()) {
            return (ObjectNode) credential.get("vc");
        }
        for (String claim : REGISTERED_CLAIMS) {
            if (!signed.has(claim)) {
                credential.remove(claim);
            }
        }
        return credential;
    }

    @Override
    public String toString() {
        return "Issuer[" + profile.id().orElse("?") + ", " + proofSuite.name() + ", " + signingKey.verificationMethod()
                + "]";
    }

    /**
     * Collects an {@link Issuer}'s settings. Not thread-safe. Each setter rejects null
     * ({@link NullPointerException} naming the field) and invalid values
     * ({@link IllegalArgumentException} naming the field) at once; {@link #build()} checks the
     * rules between settings.
     */
    public static final class Builder {
        private Profile profile;
        private SigningKey signingKey;
        private ProofSuite proofSuite;
        private Clock clock = Clock.systemUTC();
        private IdStrategy idStrategy = IdStrategy.uuidUrn();
        private ProofOptions proofOptions = ProofOptions.defaults();
        private boolean fillCredentialSchema = true;
        private Canonicalizer canonicalizer;

        private Builder() {
        }

        /**
         * @param value the issuer profile (required): a complete {@code Profile} whose {@code id}
         *     is an absolute URI (a DID or the profile's URL); embedded as {@code issuer}
         * @return this builder
         * @throws IllegalArgumentException if the profile has problems or its id is not an
         *     absolute URI
         */
        public Builder profile(Profile value) {
            Objects.requireNonNull(value, "profile");
            List<String> problems = value.problems();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("profile is incomplete: " + String.join("; ", problems));
            }
            String id = value.id().orElseThrow(() -> new IllegalArgumentException("profile.id is required"));
            if (!CredentialFiller.isAbsoluteUri(id)) {
                throw new IllegalArgumentException("profile.id '" + id + "' is not an absolute URI");
            }
            this.profile = value;
            return this;
        }

        /**
         * @param value the signing key (required): an in-memory key from
         *     {@code org.microcred.core.keys.SigningKeys}, or any implementation (KMS, HSM)
         * @return this builder
         * @throws IllegalArgumentException if its algorithm or verification method is missing
         */
        public Builder signingKey(SigningKey value) {
            Objects.requireNonNull(value, "signingKey");
            if (value.algorithm() == null) {
                throw new IllegalArgumentException("signingKey.algorithm() is null");
            }
            String vm = value.verificationMethod();
            if (vm == null || vm.isBlank()) {
                throw new IllegalArgumentException("signingKey.verificationMethod() is missing");
            }
            if (!CredentialFiller.isAbsoluteUri(vm)) {
                throw new IllegalArgumentException("signingKey.verificationMethod() '" + vm
                        + "' is not an absolute URI");
            }
            this.signingKey = value;
            return this;
        }

        /**
         * @param value the proof suite; by default the key's algorithm chooses: EdDSA →
         *     {@code eddsa-rdfc-2022}, ES256 → {@code ecdsa-rdfc-2019} (both over the
         *     {@link #canonicalizer canonicalizer}), RS256 / PS256 → VC-JWT
         * @return this builder
         * @throws IllegalArgumentException if the suite cannot sign (a verify-only legacy suite)
         */
        public Builder proofSuite(ProofSuite value) {
            Objects.requireNonNull(value, "proofSuite");
            if (!value.canSign()) {
                throw new IllegalArgumentException("proofSuite " + value.name() + " only verifies; sign with "
                        + "eddsa-rdfc-2022, ecdsa-rdfc-2019 or vc-jwt");
            }
            this.proofSuite = value;
            return this;
        }

        /**
         * @param value the clock for {@code validFrom} and the proof's {@code created}; default
         *     {@link Clock#systemUTC()}; inject a fixed clock for reproducible output
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value how credentials without an id get one; default {@link IdStrategy#uuidUrn()}
         * @return this builder
         */
        public Builder idStrategy(IdStrategy value) {
            this.idStrategy = Objects.requireNonNull(value, "idStrategy");
            return this;
        }

        /**
         * @param value further proof options (proof {@code id}, {@code domain}, {@code expires},
         *     a JOSE {@code jwk} header instead of {@code kid}, …); their clock is replaced by the
         *     issuer's, a fixed {@code created} is kept; the purpose must be {@code assertionMethod}
         * @return this builder
         * @throws IllegalArgumentException if the proof purpose is not {@code assertionMethod}
         */
        public Builder proofOptions(ProofOptions value) {
            Objects.requireNonNull(value, "proofOptions");
            if (!KeyReference.ASSERTION_METHOD.equals(value.proofPurpose())) {
                throw new IllegalArgumentException("proofOptions.proofPurpose must be assertionMethod for issued "
                        + "credentials (OB 3.0), not " + value.proofPurpose());
            }
            this.proofOptions = value;
            return this;
        }

        /**
         * @param value whether a credential without {@code credentialSchema} gets the OB 3.0 /
         *     CLR 2.0 JSON Schema entry; default true
         * @return this builder
         */
        public Builder fillCredentialSchema(boolean value) {
            this.fillCredentialSchema = value;
            return this;
        }

        /**
         * @param value the canonicalizer whose safe mode checks VC-JWT credentials before signing,
         *     and that the default Data Integrity suite runs on (default
         *     {@link Canonicalizer#standard()}, the bundled contexts); give one with more contexts
         *     registered when credentials use them (and build an explicit Data Integrity suite on it
         *     with {@code ProofSuites.eddsaRdfc2022(canonicalizer)})
         * @return this builder
         */
        public Builder canonicalizer(Canonicalizer value) {
            this.canonicalizer = Objects.requireNonNull(value, "canonicalizer");
            return this;
        }

        /**
         * Checks the settings together and builds the issuer.
         *
         * @return the issuer; immutable and thread-safe
         * @throws IllegalStateException if {@code profile} or {@code signingKey} was not set
         * @throws MicrocredException {@link ErrorCode#UNSUPPORTED_PROOF} if the suite does not
         *     sign with the key's algorithm (e.g. an Ed25519 key with {@code ecdsa-rdfc-2019}, or a
         *     VC-JWT suite for RS256 with an ES256 key); {@link ErrorCode#ISSUER_KEY_MISMATCH} if
         *     the key cannot be bound to the profile (see the class documentation), or a JOSE
         *     header {@code jwk} is not the signer's key or the issuer is not its {@code did:jwk};
         *     {@link ErrorCode#UNSUPPORTED_PROOF} also for a header {@code jwk} with a Data
         *     Integrity suite;
         *     {@link ErrorCode#SIGNING_FAILED} if a signer fails the binding probe
         */
        public Issuer build() {
            if (profile == null) {
                throw new IllegalStateException("Issuer.builder(): profile is required — call .profile(Profile)");
            }
            if (signingKey == null) {
                throw new IllegalStateException("Issuer.builder(): signingKey is required — call .signingKey(SigningKey)");
            }
            if (canonicalizer == null) {
                canonicalizer = Canonicalizer.standard();
            }
            ProofSuite suite = proofSuite != null ? proofSuite : defaultSuite(signingKey.algorithm(), canonicalizer);
            SignatureAlgorithm alg = signingKey.algorithm();
            if (!suite.algorithms().contains(alg)) {
                throw new MicrocredException(ErrorCode.UNSUPPORTED_PROOF, "The proof suite " + suite.name()
                        + " signs with " + suite.algorithms() + ", but the signing key "
                        + signingKey.verificationMethod() + " signs " + alg + " (a " + alg.keyType() + " key)",
                        hint(alg), null);
            }
            KeyBinding.check(profile.id().orElseThrow(), signingKey);
            if (proofOptions.jwk().isPresent()) {
                if (suite.format() != ProofFormat.ENVELOPED) {
                    throw new MicrocredException(ErrorCode.UNSUPPORTED_PROOF, "proofOptions.jwk sets a JOSE header, "
                            + "but the " + suite.name() + " suite embeds a Data Integrity proof",
                            "drop proofOptions.jwk, or sign with ProofSuites.vcJwt(...)", null);
                }
                KeyBinding.checkHeaderJwk(profile.id().orElseThrow(), proofOptions.jwk().get(), signingKey);
            }
            Issuer issuer = new Issuer(this, suite);
            LOG.debug("Built {}", issuer);
            return issuer;
        }

        private static ProofSuite defaultSuite(SignatureAlgorithm alg, Canonicalizer canonicalizer) {
            switch (alg) {
                case EdDSA:
                    return ProofSuites.eddsaRdfc2022(canonicalizer);
                case ES256:
                    return ProofSuites.ecdsaRdfc2019(canonicalizer);
                default:
                    return ProofSuites.vcJwt(alg);
            }
        }

        private static String hint(SignatureAlgorithm alg) {
            switch (alg) {
                case EdDSA:
                    return "use ProofSuites.eddsaRdfc2022() or ProofSuites.vcJwt(SignatureAlgorithm.EdDSA)";
                case ES256:
                    return "use ProofSuites.ecdsaRdfc2019() or ProofSuites.vcJwt(SignatureAlgorithm.ES256)";
                default:
                    return "use ProofSuites.vcJwt(SignatureAlgorithm." + alg + ")";
            }
        }
    }
}
