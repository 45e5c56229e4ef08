package org.microcred.core.status;

import static org.microcred.core.status.JsonFields.describe;
import static org.microcred.core.status.JsonFields.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A 1EdTech Revocation List document (VCRL-10), the target of a {@code credentialStatus} of type
 * {@code 1EdTechRevocationList}:
 * {@code {"id": …, "issuer": …, "revokedCredential": [{"id": …, "revoked"?: true, "revocationReason"?: …}]}}.
 * A credential is revoked when its id is listed with {@code revoked} true or omitted. Immutable
 * and thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/vcrl/v1p0/">1EdTech Revocation List 1.0</a>
 */
public final class RevocationList {

    /** The {@code credentialStatus.type} that points to such a list. */
    public static final String STATUS_TYPE = "1EdTechRevocationList";

    private final Optional<String> id;
    private final Optional<String> issuer;
    private final List<RevokedCredential> revokedCredentials;
    private final Map<String, RevokedCredential> byId;

    private RevocationList(Optional<String> id, Optional<String> issuer, List<RevokedCredential> entries) {
        this.id = id;
        this.issuer = issuer;
        this.revokedCredentials = List.copyOf(entries);
        Map<String, RevokedCredential> map = new LinkedHashMap<>();
        for (RevokedCredential e : entries) {
            // If an id is listed twice, a revoking entry wins.
            map.merge(e.id(), e, (a, b) -> a.revoked() ? a : b);
        }
        this.byId = map;
    }

    /**
     * One item of {@code revokedCredential}.
     *
     * @param id the credential id
     * @param revoked whether it is revoked ({@code revoked}, true when omitted)
     * @param revocationReason the reason, when given
     */
    public record RevokedCredential(String id, boolean revoked, Optional<String> revocationReason) {
        /**
         * @param id the credential id
         * @param revoked whether it is revoked
         * @param revocationReason the reason, when given
         * @throws NullPointerException when {@code id} or {@code revocationReason} is null
         */
        public RevokedCredential {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(revocationReason, "revocationReason");
        }
    }

    /**
     * Reads a revocation list document. {@code issuer} may be a string or an object with an id.
     *
     * @param document the JSON document
     * @return the list
     * @throws StatusListException MALFORMED_VALUE_ERROR naming the offending field (for example
     *     {@code revocationList.revokedCredential[2].id})
     */
    public static RevocationList fromJson(JsonNode document) {
        String path = "revocationList";
        JsonFields.requireObject(document, path);
        Optional<String> id = JsonFields.optionalString(document, "id", path);
        Optional<String> issuer = Optional.empty();
        JsonNode issuerNode = document.get("issuer");
        if (issuerNode != null && !issuerNode.isNull()) {
            if (issuerNode.isObject()) {
                issuer = Optional.of(JsonFields.requireString(issuerNode, "id", path + ".issuer"));
            } else {
                issuer = JsonFields.optionalString(document, "issuer", path);
            }
        }
        JsonNode revoked = document.get("revokedCredential");
        if (revoked == null || revoked.isNull()) {
            throw malformed(path + ".revokedCredential", "is missing (use [] for a list with no revocations)");
        }
        if (!revoked.isArray()) {
            throw malformed(path + ".revokedCredential", "must be an array, found " + describe(revoked));
        }
        List<RevokedCredential> entries = new ArrayList<>(revoked.size());
        for (int i = 0; i < revoked.size(); i++) {
            String itemPath = path + ".revokedCredential[" + i + "]";
            JsonNode item = JsonFields.requireObject(revoked.get(i), itemPath);
            String credentialId = JsonFields.requireString(item, "id", itemPath);
            boolean isRevoked = true;
            JsonNode flag = item.get("revoked");
            if (flag != null && !flag.isNull()) {
                if (!flag.isBoolean()) {
                    throw malformed(itemPath + ".revoked", "must be true or false, found " + describe(flag));
                }
                isRevoked = flag.booleanValue();
            }
            Optional<String> reason = JsonFields.optionalString(item, "revocationReason", itemPath);
            entries.add(new RevokedCredential(credentialId, isRevoked, reason));
        }
        return new RevocationList(id, issuer, entries);
    }

    /** @return the list's {@code id}, if present */
    public Optional<String> id() {
        return id;
    }

    /** @return the list's issuer id, if present */
    public Optional<String> issuer() {
        return issuer;
    }

    /** @return the {@code revokedCredential} items in document order */
    public List<RevokedCredential> revokedCredentials() {
        return revokedCredentials;
    }

    /**
     * @param credentialId the credential's {@code id}
     * @return the entry for that id, if listed
     */
    public Optional<RevokedCredential> find(String credentialId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(credentialId, "credentialId")));
    }

    /**
     * @param credentialId the credential's {@code id}
     * @return true when listed with {@code revoked} true or omitted
     */
    public boolean isRevoked(String credentialId) {
        return find(credentialId).map(RevokedCredential::revoked).orElse(false);
    }

    /**
     * @param credentialId the credential's {@code id}
     * @return the {@code revocationReason} when the credential is revoked and a reason is given
     */
    public Optional<String> revocationReason(String credentialId) {
        return find(credentialId).filter(RevokedCredential::revoked).flatMap(RevokedCredential::revocationReason);
    }
}
