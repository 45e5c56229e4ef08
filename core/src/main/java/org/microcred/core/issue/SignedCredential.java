package org.microcred.core.issue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.CredentialJson;
import org.microcred.core.model.Credential;
import org.microcred.core.proof.ProofFormat;

/**
 * A credential the {@link Issuer} signed: the exact signed text (the credential JSON with its
 * {@code proof}, or a compact JWT), the typed model read back from that text, how the proof
 * travels, and which suite and verification method signed it.
 *
 * <p>Hand {@link #text()} (or {@link #bytes()}) to the learner, store it, bake it: those bytes
 * carry the signature. The {@link #credential() model} is for reading values; re-serialising it
 * is not guaranteed to give the signed bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class SignedCredential {

    private final String text;
    private final ObjectNode credentialJson;
    private final ProofFormat format;
    private final String suite;
    private final String verificationMethod;
    private final ObjectNode json;
    /** Read from {@link #credentialJson} on first use: batch callers often only need the text. */
    private volatile Credential credential;

    SignedCredential(String text, ObjectNode credentialJson, ProofFormat format, String suite,
            String verificationMethod, ObjectNode json) {
        this.text = Objects.requireNonNull(text, "text");
        this.credentialJson = Objects.requireNonNull(credentialJson, "credentialJson");
        this.format = Objects.requireNonNull(format, "format");
        this.suite = Objects.requireNonNull(suite, "suite");
        this.verificationMethod = Objects.requireNonNull(verificationMethod, "verificationMethod");
        this.json = json;
    }

    /**
     * @return the signed credential as text: compact JSON with an embedded {@code proof}
     *     ({@link ProofFormat#EMBEDDED}), or the compact JWS ({@link ProofFormat#ENVELOPED})
     */
    public String text() {
        return text;
    }

    /** @return {@link #text()} as UTF-8 bytes (a new array on each call) */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return the typed credential read back from the signed text (for a JWT, from its payload
     *     without the registered claims); it includes the embedded proof for Data Integrity
     */
    public Credential credential() {
        Credential c = credential;
        if (c == null) {
            // A benign race: two threads may both read the same JSON into equal values.
            c = CredentialJson.read(credentialJson);
            credential = c;
        }
        return c;
    }

    /**
     * The typed credential as a given kind.
     *
     * @param kind {@code AchievementCredential.class}, {@code ClrCredential.class}, …
     * @param <T> the kind
     * @return the credential
     * @throws MicrocredException {@link ErrorCode#INVALID_VALUE} if it is of another kind
     */
    public <T extends Credential> T credential(Class<T> kind) {
        Credential credential = credential();
        if (!kind.isInstance(credential)) {
            throw new MicrocredException(ErrorCode.INVALID_VALUE, "The signed credential is a "
                    + credential.getClass().getSimpleName() + ", not a " + kind.getSimpleName());
        }
        return kind.cast(credential);
    }

    /** @return the credential's {@code id} (the issuer always sets one) */
    public String id() {
        return credentialJson.get("id").asText();
    }

    /** @return how the proof travels: embedded in the JSON, or an enveloping JWT */
    public ProofFormat format() {
        return format;
    }

    /** @return the name of the proof suite that signed it, e.g. {@code eddsa-rdfc-2022} or {@code vc-jwt} */
    public String suite() {
        return suite;
    }

    /** @return the verification method of the signing key (the JWT {@code kid} for VC-JWT) */
    public String verificationMethod() {
        return verificationMethod;
    }

    /** @return for an embedded proof, a copy of the signed JSON; empty for a JWT */
    public Optional<ObjectNode> json() {
        return json == null ? Optional.empty() : Optional.of(json.deepCopy());
    }

    /** @return the format, suite and id — never the credential's personal data */
    @Override
    public String toString() {
        return "SignedCredential[" + suite + " " + format + " " + credentialJson.path("id").asText("?") + "]";
    }
}
