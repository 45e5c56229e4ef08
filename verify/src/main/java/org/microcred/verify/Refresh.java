package org.microcred.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcred.core.MicrocredException;
import org.microcred.core.json.Json;
import org.microcred.verify.fetch.DocumentFetcher;
import org.microcred.verify.fetch.FetchException;
import org.microcred.verify.fetch.FetchedDocument;
import org.microcred.verify.internal.CompactJws;
import org.microcred.verify.internal.ContextRules;
import org.microcred.verify.internal.CredentialKind;
import org.microcred.verify.internal.InputDetector;
import org.microcred.verify.internal.Nodes;

/**
 * The parts of OB 3.0 verification step 3 ("Refresh", 1EdTech Credential Refresh Service VCCR-10)
 * that do not need the pipeline: which refresh service to use, asking it and reading what it
 * returned, and
 * whether the refreshed credential names the same issuer and recipient as the presented one. The
 * pipeline verifies the refreshed credential and decides ({@code Pipeline#refresh}).
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#refresh">OB 3.0 § Refresh</a>
 */
final class Refresh {

    /** The only refresh service type used: a GET of its {@code id} returns the refreshed credential. */
    static final String SERVICE_TYPE = "1EdTechCredentialRefresh";

    private Refresh() {
    }

    /**
     * A refresh service entry to use.
     *
     * @param url its {@code id}: the URL to GET
     * @param pointer where it is in the credential
     */
    record Service(String url, String pointer) {
    }

    /**
     * What the refresh service returned, read as a credential.
     *
     * @param credential the credential JSON (for a VC-JWT its {@code vc} claim or payload)
     * @param text the document as served
     * @param jws the decoded VC-JWT, or null for JSON
     * @param kind what kind of credential it is
     * @param model its data model
     */
    record Candidate(JsonNode credential, String text, CompactJws jws, CredentialKind kind, DataModel model) {
    }

    /**
     * The outcome of asking a refresh service: the credential it returned, or why there is none.
     *
     * @param candidate the credential read from the answer, or null
     * @param problem for people, when there is no candidate: names the service and the reason
     */
    record Obtained(Candidate candidate, String problem) {
    }

    /**
     * GETs the refresh service through the verifier's fetcher (bounded by the verification's time
     * limit) and reads the answer as a credential. Never throws for a failing fetcher or a bad answer.
     *
     * @param fetcher the verifier's fetcher
     * @param service the service URL
     * @param json the verifier's bounded parser
     * @param maxBytes the largest answer read (the verifier's maxInputBytes)
     * @return the credential, or the problem
     */
    static Obtained obtain(DocumentFetcher fetcher, URI service, Json json, long maxBytes) {
        String named = "The credential names the refresh service " + Nodes.clip(service.toString());
        FetchedDocument document;
        try {
            document = fetcher.fetch(service);
        } catch (FetchException e) {
            String why = switch (e.reason()) {
                case NETWORK_DISABLED -> "network access is off (DocumentFetcher.none(), the default)";
                case NOT_PRELOADED -> "it is not among the preloaded documents";
                default -> null;
            };
            return new Obtained(null, named + (why != null
                    ? "; it was not contacted, because the verifier's document fetcher cannot supply it (" + why
                    + "): preload the refreshed credential under that URL or opt in to HTTPS to refresh"
                    : "; it could not be read (" + message(e) + ")"));
        } catch (RuntimeException e) {
            // A custom fetcher that fails in its own way: reported, never escaping.
            return new Obtained(null, named + "; it could not be read (" + message(e) + ")");
        }
        if (document == null) {
            return new Obtained(null, named + "; the document fetcher returned nothing for it");
        }
        String from = "The refresh service " + Nodes.clip(service.toString()) + " returned ";
        if (document.size() > maxBytes) {
            return new Obtained(null, from + document.size() + " bytes, more than the limit of " + maxBytes
                    + " (maxInputBytes)");
        }
        try {
            return new Obtained(read(document.bytes(), json), null);
        } catch (IllegalArgumentException e) {
            return new Obtained(null, from + "something that is not a credential: " + message(e));
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : Nodes.clip(m.length() > 300 ? m.substring(0, 300) : m);
    }

    /**
     * The first entry of {@code refreshService} (a single object or an array, as VC 2.0 allows)
     * whose {@code type} is {@value #SERVICE_TYPE} and whose {@code id} is a string.
     *
     * @param refreshService the value of {@code refreshService}
     * @return the entry to use, if any
     */
    static Optional<Service> select(JsonNode refreshService) {
        boolean array = refreshService.isArray();
        List<JsonNode> entries = Nodes.values(refreshService);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            Optional<String> id = Nodes.text(e, "id").filter(s -> !s.isBlank());
            if (Nodes.types(e).contains(SERVICE_TYPE) && id.isPresent()) {
                return Optional.of(new Service(id.get(), array ? Nodes.pointer("/refreshService", i) : "/refreshService"));
            }
        }
        return Optional.empty();
    }

    /**
     * @param refreshService the value of {@code refreshService}
     * @return its entries for a message: "type at id", clipped
     */
    static String describe(JsonNode refreshService) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : Nodes.values(refreshService)) {
            List<String> types = Nodes.types(e);
            out.add((types.isEmpty() ? "no type" : String.join("/", types)) + " at "
                    + Nodes.text(e, "id").orElse("no id"));
        }
        return Nodes.clip(out.isEmpty() ? "an empty value" : String.join(", ", out));
    }

    /**
     * Reads a refresh service's answer the way the verifier reads its input: JSON or a compact JWS
     * (VC-JWT), told apart from the bytes.
     *
     * @param bytes the body
     * @param json the verifier's bounded parser
     * @return the credential
     * @throws IllegalArgumentException with a message for people when it is not a credential
     */
    static Candidate read(byte[] bytes, Json json) {
        InputDetector.Detected d = InputDetector.detect(bytes);
        JsonNode credential;
        CompactJws jws = null;
        switch (d.kind()) {
            case JSON -> {
                try {
                    credential = json.parse(d.text());
                } catch (MicrocredException e) {
                    throw new IllegalArgumentException("it is not valid JSON: " + e.getMessage(), e);
                }
            }
            case JWS -> {
                try {
                    jws = CompactJws.decode(d.text(), json);
                } catch (MicrocredException e) {
                    throw new IllegalArgumentException("it is not a readable JWS: " + e.getMessage(), e);
                }
                JsonNode payload = jws.payload();
                JsonNode vc = payload.get("vc");
                credential = vc != null && vc.isObject() ? vc : payload;
            }
            case UNKNOWN -> throw new IllegalArgumentException(d.reason());
            default -> throw new IllegalArgumentException("it is " + d.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not a JSON credential or a VC-JWT");
        }
        if (!credential.isObject()) {
            throw new IllegalArgumentException("it is " + Nodes.describe(credential) + ", not a credential object");
        }
        CredentialKind kind = CredentialKind.of(credential);
        if (kind == CredentialKind.OB2_ASSERTION) {
            throw new IllegalArgumentException("it is an Open Badges 2.0 assertion, not a Verifiable Credential");
        }
        return new Candidate(credential, d.text(), jws, kind, ContextRules.dataModel(credential));
    }

    /**
     * Whether a refresh swapped the issuer: the issuer ids must be equal.
     *
     * @return why not, if they differ
     */
    static Optional<String> issuerChange(JsonNode presented, JsonNode refreshed) {
        Optional<String> before = Nodes.idOf(presented.get("issuer"));
        Optional<String> after = Nodes.idOf(refreshed.get("issuer"));
        if (before.equals(after)) {
            return Optional.empty();
        }
        return Optional.of("it names the issuer " + after.map(Nodes::clip).orElse("(none)") + ", not "
                + before.map(Nodes::clip).orElse("(none)") + ": a refresh must not change the issuer");
    }

    /**
     * Whether a refresh swapped the recipient: every {@code credentialSubject} must keep its
     * {@code id} and its {@code identifier} entries (compared as JSON, in any order — a re-salted
     * identity hash counts as a change, since the verifier cannot tell it names the same person).
     *
     * @return why not, if they differ
     */
    static Optional<String> recipientChange(JsonNode presented, JsonNode refreshed) {
        List<JsonNode> before = Nodes.values(presented.get("credentialSubject"));
        List<JsonNode> after = Nodes.values(refreshed.get("credentialSubject"));
        if (before.size() != after.size()) {
            return Optional.of("it has " + after.size() + " credentialSubject value(s), not " + before.size()
                    + ": a refresh must not change the recipient");
        }
        for (int i = 0; i < before.size(); i++) {
            Optional<String> idBefore = Nodes.text(before.get(i), "id");
            Optional<String> idAfter = Nodes.text(after.get(i), "id");
            if (!idBefore.equals(idAfter)) {
                return Optional.of("its credentialSubject id is " + idAfter.map(Nodes::clip).orElse("(none)") + ", not "
                        + idBefore.map(Nodes::clip).orElse("(none)") + ": a refresh must not change the recipient");
            }
            if (!identifiers(before.get(i)).equals(identifiers(after.get(i)))) {
                return Optional.of("its credentialSubject identifiers differ from the presented credential's: a refresh "
                        + "must not change the recipient");
            }
        }
        return Optional.empty();
    }

    private static Set<JsonNode> identifiers(JsonNode subject) {
        Set<JsonNode> out = new HashSet<>();
        if (subject != null && subject.isObject()) {
            out.addAll(Nodes.values(subject.get("identifier")));
        }
        return out;
    }

    /**
     * @param candidate a refreshed credential
     * @return its id for messages
     */
    static String label(Candidate candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return Nodes.text(candidate.credential(), "id").map(Nodes::clip).orElse("(no id)");
    }
}
