package org.microcred.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.microcred.core.MicrocredException;
import org.microcred.core.issue.Issuer;
import org.microcred.core.issue.SignedCredential;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.json.Json;
import org.microcred.core.keys.DidJwk;
import org.microcred.core.keys.DidKey;
import org.microcred.core.keys.KeyType;
import org.microcred.core.keys.MicrocredKeyPair;
import org.microcred.core.keys.SignatureAlgorithm;
import org.microcred.core.keys.SigningKeys;
import org.microcred.core.model.Credential;
import org.microcred.core.model.Profile;
import org.microcred.core.proof.ProofSuite;
import org.microcred.core.proof.ProofSuites;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code microcred issue}: signs an unsigned credential as it is, with Data Integrity or as a
 * VC-JWT, after checking that its issuer can be bound to the key.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Sign an unsigned credential as it is (nothing is added but the proof).",
            "Fails when the credential's issuer cannot be bound to the key, or when it is incomplete."})
final class IssueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--key", required = true, description = "the private JWK file (see: microcred keys generate)")
    Path keyFile;

    @Option(names = "--in", required = true, description = "the unsigned credential (JSON)")
    Path in;

    @Option(names = "--format", required = true,
            description = "di (Data Integrity: eddsa-rdfc-2022 for Ed25519, ecdsa-rdfc-2019 for P-256) or jwt (VC-JWT)")
    String format;

    @Option(names = "--alg", description = "JWT algorithm for RSA keys: RS256 (default) or PS256")
    String alg;

    @Option(names = "--verification-method",
            description = "the verification method to name in the proof (default: the key's did:key for di, did:jwk for jwt)")
    String verificationMethod;

    @Option(names = "--out", description = "where to write the signed credential (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        boolean jwt = parseFormat();
        MicrocredKeyPair key = MicrocredKeyPair.fromJwk(Files.readString(keyFile));
        SignatureAlgorithm algorithm = algorithm(key.keyType(), jwt);
        JsonNode json = Json.standard().parse(Files.readAllBytes(in));
        try {
            return sign(key, algorithm, jwt, json);
        } catch (MicrocredException e) {
            // The job ran and the credential cannot be signed as given: exit 1, not a usage error.
            spec.commandLine().getErr().println("microcred issue: " + e.getMessage());
            return Main.INVALID;
        }
    }

    private int sign(MicrocredKeyPair key, SignatureAlgorithm algorithm, boolean jwt, JsonNode json) throws IOException {
        Credential unsigned = CredentialJson.read(json);
        Profile profile = unsigned.issuer().orElseThrow(() -> new MicrocredException(
                org.microcred.core.ErrorCode.INVALID_VALUE, in + " has no issuer",
                "set issuer to the key's did:key/did:jwk, or to the id that controls --verification-method", null));
        String issuerId = profile.id().orElseThrow(() -> new MicrocredException(
                org.microcred.core.ErrorCode.INVALID_VALUE, in + " has an issuer without an id", null, null));
        String vm = verificationMethod != null ? verificationMethod : defaultVerificationMethod(key, jwt, issuerId);

        Issuer issuer = Issuer.builder()
                .profile(profile)
                .signingKey(SigningKeys.of(key, algorithm, vm))
                .proofSuite(suite(key.keyType(), jwt, algorithm))
                .fillCredentialSchema(false)
                .build();
        requireComplete(json, CredentialJson.write(issuer.prepare(unsigned)));
        SignedCredential signed = issuer.issue(unsigned);

        if (out != null) {
            Files.writeString(out, signed.text() + "\n");
            spec.commandLine().getErr().println("Signed " + signed.id() + " (" + signed.suite() + ", "
                    + signed.verificationMethod() + ") -> " + out + " [issuer " + issuerId + "]");
        } else {
            spec.commandLine().getOut().println(signed.text());
        }
        return Main.OK;
    }

    private boolean parseFormat() {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "di":
                return false;
            case "jwt":
                return true;
            default:
                throw new ParameterException(spec.commandLine(), "--format must be di or jwt, not '" + format + "'");
        }
    }

    private SignatureAlgorithm algorithm(KeyType type, boolean jwt) {
        if (alg == null) {
            return SigningKeys.defaultAlgorithm(type);
        }
        SignatureAlgorithm chosen;
        try {
            chosen = SignatureAlgorithm.valueOf(alg.toUpperCase(Locale.ROOT).replace("EDDSA", "EdDSA"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--alg must be EdDSA, ES256, RS256 or PS256, not '" + alg + "'");
        }
        if (chosen.keyType() != type) {
            throw new ParameterException(spec.commandLine(), "--alg " + chosen + " needs a " + chosen.keyType()
                    + " key, but " + keyFile + " holds a " + type + " key");
        }
        if (!jwt && chosen == SignatureAlgorithm.PS256) {
            throw new ParameterException(spec.commandLine(), "--alg PS256 is only for --format jwt");
        }
        return chosen;
    }

    private ProofSuite suite(KeyType type, boolean jwt, SignatureAlgorithm algorithm) {
        if (jwt) {
            return ProofSuites.vcJwt(algorithm);
        }
        switch (type) {
            case ED25519:
                return ProofSuites.eddsaRdfc2022();
            case P256:
                return ProofSuites.ecdsaRdfc2019();
            default:
                throw new ParameterException(spec.commandLine(),
                        "Data Integrity has no cryptosuite for RSA keys: use --format jwt, or an ed25519/p256 key");
        }
    }

    /**
     * The key's own DID verification method: the one the issuer already is (did:key or did:jwk),
     * else did:key for Data Integrity and did:jwk for JWTs (which then must match the issuer).
     */
    private static String defaultVerificationMethod(MicrocredKeyPair key, boolean jwt, String issuerId) {
        DidJwk didJwk = DidJwk.of(key.publicKey());
        if (key.keyType() == KeyType.RSA || issuerId.equals(didJwk.did())) {
            return didJwk.verificationMethodId();
        }
        DidKey didKey = DidKey.of(key.publicKey());
        return jwt && !issuerId.equals(didKey.did()) ? didJwk.verificationMethodId() : didKey.verificationMethodId();
    }

    /** Signing "as it is": refuse when the issuer would have to add properties. */
    private void requireComplete(JsonNode given, JsonNode prepared) {
        List<String> missing = new ArrayList<>();
        for (Iterator<String> names = prepared.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!given.has(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MicrocredException(org.microcred.core.ErrorCode.INVALID_VALUE,
                    in + " is incomplete: it has no " + String.join(", ", missing),
                    "microcred issue signs a credential as it is; add these properties (the SDK's Issuer fills them for you)",
                    null);
        }
    }
}
