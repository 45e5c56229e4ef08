package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.internal.Base64Url;
import org.microcred.core.json.Json;
import org.microcred.core.keys.ResolvedKey;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VC-JWT as Open Badges 3.0 defines it (<a href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof">OB 3.0
 * §8.2 "JSON Web Token Proof Format"</a>): a compact JWS (RFC 7515) whose JOSE header has only
 * {@code alg}, {@code kid} or {@code jwk}, and optionally {@code typ: JWT}; whose payload is the
 * credential plus {@code iss}, {@code sub}, {@code nbf}, {@code jti} and {@code exp} mirroring
 * {@code issuer.id}, {@code credentialSubject.id}, {@code validFrom}, {@code id} and
 * {@code validUntil}.
 *
 * <p>VC data model 1.1 credentials (first context {@code https://www.w3.org/2018/credentials/v1})
 * are carried in the {@code vc} claim with {@code nbf}/{@code exp} from
 * {@code issuanceDate}/{@code expirationDate}, on signing and on verifying.
 *
 * <p>Verification rejects {@code alg: none}, HMAC, unknown algorithms, algorithms outside this
 * suite's set or not fitting the key type; any header member besides {@code alg}, {@code kid},
 * {@code jwk}, {@code typ} (so {@code crit}, {@code jku}, {@code x5u}, …); a {@code typ} other than
 * {@code JWT}, {@code vc+jwt}, {@code vc+ld+json+jwt}; a {@code jwk} with private members;
 * non-canonical base64url; and every claim that disagrees with the credential. It does not judge
 * time ({@code nbf} in the past, {@code exp} not passed): {@code nbf}/{@code exp} must equal
 * {@code validFrom}/{@code validUntil}, which the verifier's validity-period check judges.
 * Package-private: obtained through {@link ProofSuites}.
 */
final class VcJwtSuite implements ProofSuite {

    private static final Logger LOG = LoggerFactory.getLogger(VcJwtSuite.class);

    static final String NAME = "vc-jwt";
    static final String VC_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "kid", "jwk", "typ");
    private static final Set<String> ACCEPTED_TYPES = Set.of("jwt", "vc+jwt", "vc+ld+json+jwt");

    private final Set<SignatureAlgorithm> algorithms;

    VcJwtSuite(Set<SignatureAlgorithm> algorithms) {
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("vc-jwt needs at least one algorithm");
        }
        this.algorithms = Collections.unmodifiableSet(EnumSet.copyOf(algorithms));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProofFormat format() {
        return ProofFormat.ENVELOPED;
    }

    @Override
    public Set<SignatureAlgorithm> algorithms() {
        return algorithms;
    }

    // ---------------------------------------------------------------------------------- signing

    @Override
    public SecuredDocument secure(ObjectNode credential, SigningKey key, ProofOptions options) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(options, "options");
        SignatureAlgorithm alg = key.algorithm();
        if (!algorithms.contains(alg)) {
            throw new MicrocredException(ErrorCode.UNSUPPORTED_PROOF, "This vc-jwt suite signs with " + algorithms
                    + ", but the signing key for " + key.verificationMethod() + " uses " + alg,
                    "create the suite with ProofSuites.vcJwt(SignatureAlgorithm." + alg + ")", null);
        }
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", alg.joseName());
        Optional<ObjectNode> jwk = options.jwk();
        if (jwk.isPresent()) {
            header.set("jwk", jwk.get());
        } else {
            String kid = key.verificationMethod();
            if (kid == null || kid.isBlank()) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, "The signing key has no verificationMethod "
                        + "to use as kid", "give the key a verification method or set ProofOptions.jwk", null);
            }
            header.put("kid", kid);
        }
        options.jwtType().ifPresent(typ -> header.put("typ", typ));

        ObjectNode payload = payload(credential);
        String signingInput = Base64Url.encode(Utf8.encode(Json.standard().write(header), "JOSE header")) + "."
                + Base64Url.encode(Utf8.encode(Json.standard().write(payload), "credential"));
        byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        checkSignatureShape(alg, signature, key.verificationMethod());
        String compact = signingInput + "." + Base64Url.encode(signature);
        LOG.debug("Secured a credential as {} JWT for {}", alg, header.has("kid") ? header.get("kid").asText() : "jwk");
        return SecuredDocument.enveloped(NAME, compact, credential.deepCopy());
    }

    /**
     * The JWT claims set: the credential plus mirrored claims (VC 2.0), or {@code vc} plus claims
     * (VC 1.1). {@code iss} is always present; {@code sub}, {@code nbf}, {@code jti}, {@code exp}
     * whenever the credential has the property they mirror (OB 3.0 credentials always have
     * {@code id} and {@code validFrom}; a subject identified only by {@code identifier} has no
     * {@code sub}).
     */
    static ObjectNode payload(ObjectNode credential) {
        boolean v1 = isV1(credential);
        String from = v1 ? "issuanceDate" : "validFrom";
        String until = v1 ? "expirationDate" : "validUntil";
        for (String claim : List.of("iss", "sub", "nbf", "jti", "exp", "vc")) {
            if (!v1 && credential.has(claim)) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, "The credential has a property '" + claim
                        + "', which is a JWT claim name; a VC-JWT payload cannot carry both");
            }
        }
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        if (v1) {
            payload.set("vc", credential.deepCopy());
        } else {
            payload.setAll(credential.deepCopy());
        }
        String issuer = DataIntegritySuite.issuerId(credential);
        if (issuer == null) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "The credential has no issuer id (issuer or "
                    + "issuer.id), which the JWT claim iss must mirror");
        }
        payload.put("iss", issuer);
        subjectIds(credential).stream().findFirst().ifPresent(sub -> payload.put("sub", sub));
        if (credential.has(from)) {
            payload.put("nbf", numericDate(requiredText(credential, from), from));
        }
        JsonNode id = credential.get("id");
        if (id != null) {
            if (!id.isTextual()) {
                throw new MicrocredException(ErrorCode.INVALID_VALUE, "The credential's id is not a string, so the "
                        + "JWT claim jti cannot mirror it");
            }
            payload.put("jti", id.asText());
        }
        if (credential.has(until)) {
            payload.put("exp", numericDate(requiredText(credential, until), until));
        }
        return payload;
    }

    private static String requiredText(ObjectNode credential, String member) {
        JsonNode value = credential.get(member);
        if (value == null || !value.isTextual()) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "The credential's " + member + " is "
                    + (value == null ? "missing" : "not a string") + "; VC-JWT needs it for a claim");
        }
        return value.asText();
    }

    private static long numericDate(String dateTime, String member) {
        Instant instant = XsdDateTime.toInstant(dateTime);
        if (instant == null) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "The credential's " + member + " '" + dateTime
                    + "' is not a date-time with time zone");
        }
        return instant.getEpochSecond();
    }

    private static void checkSignatureShape(SignatureAlgorithm alg, byte[] signature, String vm) {
        boolean ok;
        switch (alg) {
            case EdDSA:
            case ES256:
                ok = signature != null && signature.length == 64;
                break;
            default:
                ok = signature != null && signature.length >= 256;
        }
        if (!ok) {
            throw new MicrocredException(ErrorCode.SIGNING_FAILED, "The signer for " + vm + " returned "
                    + (signature == null ? "no signature" : signature.length + " bytes") + ", not a " + alg
                    + " JWS signature" + (alg == SignatureAlgorithm.ES256 ? " (64 bytes R || S, not DER)" : ""));
        }
    }

    // ----------------------------------------------------------------------------- verification

    @Override
    public boolean recognizes(ReceivedProof proof) {
        return proof instanceof ReceivedProof.Enveloped;
    }

    @Override
    public ProofResult verify(ReceivedProof received, KeyResolver resolver, VerificationOptions options) {
        Objects.requireNonNull(received, "proof");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(options, "options");
        ProofResult.Builder result = ProofResult.builder(0, "JWT").suite(NAME);
        if (!(received instanceof ReceivedProof.Enveloped)) {
            return result.failed(ProofProblem.UNSUPPORTED, "vc-jwt checks compact JWS envelopes only");
        }
        String compact = ((ReceivedProof.Enveloped) received).compact();
        // Split on the two dots with indexOf: a regular expression over a 5 KB token costs as
        // much as an RSA verification. The alphabet is checked by Base64Url.decode below.
        int dot1 = compact.indexOf('.');
        int dot2 = dot1 < 0 ? -1 : compact.indexOf('.', dot1 + 1);
        if (dot2 < 0 || compact.indexOf('.', dot2 + 1) >= 0) {
            int parts = compact.split("\\.", -1).length;
            return result.failed(ProofProblem.MALFORMED, "A compact JWS has 3 dot-separated parts; this one has " + parts);
        }
        if (dot1 == 0 || dot2 == dot1 + 1 || dot2 == compact.length() - 1) {
            return result.failed(ProofProblem.MALFORMED,
                    "A compact JWS part is empty or has characters outside base64url (no padding allowed)");
        }
        String[] parts = {compact.substring(0, dot1), compact.substring(dot1 + 1, dot2), compact.substring(dot2 + 1)};
        String[] names = {"header", "payload", "signature"};
        byte[][] decoded = new byte[3][];
        for (int i = 0; i < 3; i++) {
            try {
                decoded[i] = Base64Url.decode(parts[i]);
            } catch (MicrocredException e) {
                return result.failed(ProofProblem.MALFORMED, "The JWS " + names[i] + " is not valid: " + e.getMessage());
            }
        }
        ObjectNode header = parseObject(decoded[0]);
        if (header == null) {
            return result.failed(ProofProblem.MALFORMED, "The JWS header is not a JSON object (or has duplicate members)");
        }
        ObjectNode payload = parseObject(decoded[1]);
        if (payload == null) {
            return result.failed(ProofProblem.MALFORMED, "The JWT payload is not a JSON object (or has duplicate members)");
        }
        // VC 1.1 (VC-JWT 1.1 §6.3.1) puts the credential in the vc claim; VC 2.0 payloads are the
        // credential itself, so they have a top-level @context.
        boolean v1 = payload.has("vc") && !payload.has("@context");
        JsonNode vc = payload.get("vc");
        if (v1 && !vc.isObject()) {
            return result.failed(ProofProblem.MALFORMED, "The JWT claim vc is not a JSON object");
        }
        ObjectNode credential = v1 ? withClaimsFilledIn((ObjectNode) vc, payload) : credentialOf(payload);
        result.ownedCredential(credential);

        // Header.
        List<String> extra = new ArrayList<>();
        header.fieldNames().forEachRemaining(n -> {
            if (!HEADER_MEMBERS.contains(n)) {
                extra.add(n);
            }
        });
        JsonNode algNode = header.get("alg");
        if (algNode == null || !algNode.isTextual()) {
            return result.failed(ProofProblem.ALGORITHM_REJECTED, "The JOSE header has "
                    + (algNode == null ? "no alg" : "a non-string alg"));
        }
        String algName = algNode.asText();
        if (algName.equalsIgnoreCase("none")) {
            return result.failed(ProofProblem.ALGORITHM_REJECTED, "alg 'none' (an unsigned JWT) is not allowed");
        }
        if (algName.toUpperCase(Locale.ROOT).startsWith("HS")) {
            return result.failed(ProofProblem.ALGORITHM_REJECTED, "alg '" + algName
                    + "' is HMAC (a shared secret), which cannot prove who issued a credential");
        }
        SignatureAlgorithm alg = algorithmNamed(algName);
        if (alg == null) {
            return result.failed(ProofProblem.ALGORITHM_REJECTED, "alg '" + algName + "' is not supported "
                    + "(supported: RS256, ES256, PS256, EdDSA)");
        }
        result.algorithm(alg);
        if (!algorithms.contains(alg)) {
            return result.failed(ProofProblem.ALGORITHM_REJECTED, "alg '" + algName + "' is not accepted here "
                    + "(accepted: " + algorithms + ")");
        }
        if (!extra.isEmpty()) {
            return result.failed(ProofProblem.HEADER_REJECTED, "The JOSE header has members OB 3.0 does not allow: "
                    + extra + " (allowed: alg, kid, jwk, typ)");
        }
        JsonNode typ = header.get("typ");
        if (typ != null && (!typ.isTextual() || !ACCEPTED_TYPES.contains(mediaType(typ.asText())))) {
            return result.failed(ProofProblem.HEADER_REJECTED, "The JOSE header typ is "
                    + DataIntegritySuite.describe(typ) + "; accepted: JWT, vc+jwt, vc+ld+json+jwt");
        }
        JsonNode kid = header.get("kid");
        JsonNode jwk = header.get("jwk");
        if (kid != null && (!kid.isTextual() || kid.asText().isEmpty())) {
            return result.failed(ProofProblem.HEADER_REJECTED, "The JOSE header kid is not a non-empty string");
        }
        if (jwk != null && !jwk.isObject()) {
            return result.failed(ProofProblem.HEADER_REJECTED, "The JOSE header jwk is not a JSON object");
        }
        if (kid == null && jwk == null) {
            return result.failed(ProofProblem.HEADER_REJECTED, "The JOSE header has neither kid nor jwk; "
                    + "OB 3.0 requires one to find the key");
        }
        if (jwk != null) {
            String privateMember = Jose.privateMember(jwk);
            if (privateMember != null) {
                return result.failed(ProofProblem.HEADER_REJECTED, "The JOSE header jwk contains the private key "
                        + "member '" + privateMember + "'");
            }
        }
        if (kid != null) {
            result.verificationMethod(kid.asText());
        }

        // Key.
        String issuer = DataIntegritySuite.issuerId(credential);
        if (issuer == null && payload.path("iss").isTextual()) {
            issuer = payload.get("iss").asText();
        }
        ResolvedKey key;
        try {
            Optional<ResolvedKey> byKid = Optional.empty();
            Optional<ResolvedKey> byJwk = Optional.empty();
            if (kid != null) {
                byKid = resolver.resolve(withIssuer(KeyReference.kid(kid.asText()), issuer, options));
                if (byKid.isEmpty()) {
                    return result.failed(ProofProblem.KEY_UNRESOLVED, "The kid " + kid.asText()
                            + " could not be resolved to a public key");
                }
            }
            if (jwk != null) {
                byJwk = resolver.resolve(withIssuer(KeyReference.jwk((ObjectNode) jwk), issuer, options));
                if (byJwk.isEmpty()) {
                    return result.failed(ProofProblem.KEY_UNRESOLVED, "The header jwk could not be read as a public key");
                }
            }
            if (byKid.isPresent() && byJwk.isPresent() && !byKid.get().publicKey().equals(byJwk.get().publicKey())) {
                return result.failed(ProofProblem.KEY_MISMATCH, "The header jwk is not the key the kid "
                        + kid.asText() + " resolves to");
            }
            key = byKid.isPresent() ? byKid.get() : byJwk.get();
        } catch (RuntimeException e) {
            return result.failed(ProofProblem.KEY_UNRESOLVED, "Resolving the JWT key "
                    + (kid != null ? kid.asText() : "jwk") + " failed: " + e.getMessage());
        }
        result.key(key);
        if (key.publicKey().keyType() != alg.keyType()) {
            return result.failed(ProofProblem.KEY_MISMATCH, "alg " + alg + " needs a " + alg.keyType()
                    + " key, but the key of " + key.verificationMethodId() + " is " + key.publicKey().keyType());
        }

        // Signature.
        byte[] signingInput = compact.substring(0, dot2).getBytes(StandardCharsets.US_ASCII);
        boolean valid;
        try {
            valid = key.publicKey().verify(alg, signingInput, decoded[2]);
        } catch (RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            return result.failed(ProofProblem.SIGNATURE_INVALID, "The " + alg + " JWS signature does not verify "
                    + "with the key of " + key.verificationMethodId());
        }

        // Claims.
        List<String> mismatches = claimMismatches(payload, credential, v1);
        if (!mismatches.isEmpty()) {
            return result.failed(ProofProblem.CLAIMS_MISMATCH, "JWT claims disagree with the credential: "
                    + String.join("; ", mismatches));
        }
        return result.passed("The " + alg + " VC-JWT signed by " + key.verificationMethodId() + " verified");
    }

    /**
     * VC-JWT 1.1 decoding (VC Data Model 1.1 §6.3.1): properties the {@code vc} claim leaves out
     * are taken from the registered claims — {@code issuer} from {@code iss}, {@code id} from
     * {@code jti}, {@code credentialSubject.id} from {@code sub}, {@code issuanceDate} from
     * {@code nbf}, {@code expirationDate} from {@code exp}. Present properties are never changed
     * (the claims check compares them).
     */
    static ObjectNode withClaimsFilledIn(ObjectNode vc, ObjectNode payload) {
        ObjectNode credential = vc;
        boolean copied = false;
        String[][] textClaims = {{"iss", "issuer"}, {"jti", "id"}};
        for (String[] pair : textClaims) {
            JsonNode claim = payload.get(pair[0]);
            if (claim != null && claim.isTextual() && !credential.has(pair[1])) {
                if (!copied) {
                    credential = credential.deepCopy();
                    copied = true;
                }
                credential.put(pair[1], claim.asText());
            }
        }
        String[][] dateClaims = {{"nbf", "issuanceDate"}, {"exp", "expirationDate"}};
        for (String[] pair : dateClaims) {
            JsonNode claim = payload.get(pair[0]);
            if (claim != null && claim.canConvertToExactIntegral() && claim.canConvertToLong() && !credential.has(pair[1])) {
                String date = safeInstant(claim.decimalValue());
                if (!date.equals("out of range")) {
                    if (!copied) {
                        credential = credential.deepCopy();
                        copied = true;
                    }
                    credential.put(pair[1], date);
                }
            }
        }
        JsonNode sub = payload.get("sub");
        JsonNode subject = credential.get("credentialSubject");
        if (sub != null && sub.isTextual() && subject != null && subject.isObject() && !subject.has("id")) {
            if (!copied) {
                credential = credential.deepCopy();
            }
            ((ObjectNode) credential.get("credentialSubject")).put("id", sub.asText());
        }
        return credential;
    }

    private static KeyReference withIssuer(KeyReference reference, String issuer, VerificationOptions options) {
        KeyReference r = reference.withProofPurpose(options.proofPurpose());
        return issuer == null ? r : r.withIssuer(issuer);
    }

    /** The credential of a VC 2.0 JWT: the payload without the JWT registered claims. */
    static ObjectNode credentialOf(ObjectNode payload) {
        ObjectNode credential = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = payload.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!REGISTERED_CLAIMS.contains(field.getKey())) {
                credential.set(field.getKey(), field.getValue());
            }
        }
        return credential;
    }

    private static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

    /**
     * Each claim must agree with its credential property: if either is present, both must be, and
     * they must be equal (dates to the second). For VC 1.1, a property the {@code vc} claim leaves
     * out is supplied by the claim (VC-JWT 1.1 §6.3.1), so only a present property must agree.
     */
    static List<String> claimMismatches(ObjectNode payload, ObjectNode credential, boolean v1) {
        List<String> problems = new ArrayList<>();
        compareText(problems, payload, "iss", DataIntegritySuite.issuerId(credential),
                credential.has("issuer") ? "issuer.id" : "issuer", v1);
        List<String> subjects = subjectIds(credential);
        JsonNode sub = payload.get("sub");
        if (sub != null && !sub.isTextual()) {
            problems.add("sub is not a string");
        } else if (sub != null && !subjects.isEmpty() && !subjects.contains(sub.asText())) {
            problems.add("sub '" + sub.asText() + "' differs from credentialSubject.id '"
                    + String.join("', '", subjects) + "'");
        } else if (sub != null && subjects.isEmpty() && !v1) {
            problems.add("sub '" + sub.asText() + "' is present but credentialSubject has no id");
        } else if (sub == null && !subjects.isEmpty()) {
            problems.add("sub is missing (credentialSubject.id is '" + subjects.get(0) + "')");
        }
        JsonNode id = credential.get("id");
        compareText(problems, payload, "jti", id != null && id.isTextual() ? id.asText() : null, "id", v1);
        compareDate(problems, payload, "nbf", credential, v1 ? "issuanceDate" : "validFrom", v1);
        compareDate(problems, payload, "exp", credential, v1 ? "expirationDate" : "validUntil", v1);
        if (v1 && payload.has("nbf") && credential.has("validFrom") && !credential.has("issuanceDate")) {
            compareDate(problems, payload, "nbf", credential, "validFrom", true);
        }
        return problems;
    }

    private static void compareText(List<String> problems, ObjectNode payload, String claim, String value,
            String property, boolean v1) {
        JsonNode node = payload.get(claim);
        if (node != null && !node.isTextual()) {
            problems.add(claim + " is not a string");
        } else if (node == null && value != null) {
            problems.add(claim + " is missing (" + property + " is '" + value + "')");
        } else if (node != null && value == null && !v1) {
            problems.add(claim + " '" + node.asText() + "' is present but the credential has no " + property);
        } else if (node != null && value != null && !node.asText().equals(value)) {
            problems.add(claim + " '" + node.asText() + "' differs from " + property + " '" + value + "'");
        }
    }

    private static void compareDate(List<String> problems, ObjectNode payload, String claim, ObjectNode credential,
            String property, boolean v1) {
        JsonNode node = payload.get(claim);
        JsonNode value = credential.get(property);
        if (node != null && !node.isNumber()) {
            problems.add(claim + " is not a NumericDate (a JSON number)");
            return;
        }
        if (value != null && !value.isTextual()) {
            problems.add(property + " is not a string");
            return;
        }
        if (node == null && value != null) {
            problems.add(claim + " is missing (" + property + " is '" + value.asText() + "')");
            return;
        }
        if (node != null && value == null) {
            if (!v1) {
                problems.add(claim + " " + node.asText() + " is present but the credential has no " + property);
            }
            return;
        }
        if (node == null) {
            return;
        }
        Instant instant = XsdDateTime.toInstant(value.asText());
        if (instant == null) {
            problems.add(property + " '" + value.asText() + "' is not a date-time with time zone");
            return;
        }
        BigDecimal seconds = node.decimalValue().setScale(0, RoundingMode.FLOOR);
        if (seconds.compareTo(BigDecimal.valueOf(instant.getEpochSecond())) != 0) {
            problems.add(claim + " " + node.asText() + " (" + safeInstant(seconds) + ") differs from " + property
                    + " '" + value.asText() + "'");
        }
    }

    private static String safeInstant(BigDecimal seconds) {
        try {
            return Instant.ofEpochSecond(seconds.longValueExact()).toString();
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return "out of range";
        }
    }

    static List<String> subjectIds(ObjectNode credential) {
        JsonNode subject = credential.get("credentialSubject");
        List<String> ids = new ArrayList<>();
        if (subject == null) {
            return ids;
        }
        for (JsonNode s : subject.isArray() ? subject : List.of(subject)) {
            JsonNode id = s.get("id");
            if (id != null && id.isTextual()) {
                ids.add(id.asText());
            }
        }
        return ids;
    }

    static boolean isV1(ObjectNode credential) {
        JsonNode context = credential.get("@context");
        JsonNode first = context == null ? null : context.isArray() ? context.get(0) : context;
        return first != null && first.isTextual() && first.asText().equals(VC_V1_CONTEXT);
    }

    private static String mediaType(String typ) {
        String t = typ.toLowerCase(Locale.ROOT);
        return t.startsWith("application/") ? t.substring("application/".length()) : t;
    }

    private static SignatureAlgorithm algorithmNamed(String name) {
        for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
            if (a.joseName().equals(name)) {
                return a;
            }
        }
        return null;
    }

    private static ObjectNode parseObject(byte[] utf8) {
        try {
            JsonNode node = Json.standard().parse(utf8);
            return node.isObject() ? (ObjectNode) node : null;
        } catch (MicrocredException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "ProofSuite[vc-jwt " + algorithms + "]";
    }
}
