package org.microcred.verify.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.microcred.verify.DataModel;

/**
 * A credential as received, handed to a {@link ProofChecker}: the exact JSON text (for embedded
 * proofs, which are checked on the received document, never a re-serialised one) or the compact
 * JWS, and the parsed credential object.
 *
 * @param text the exact received text: the JSON document, or the compact JWS
 * @param jws the compact JWS when the credential was delivered as one
 * @param credential the credential JSON object (for a VC-JWT: its {@code vc} claim or its payload)
 * @param jwsPayload the decoded JWS payload when delivered as a JWS (contains {@code iss}, {@code nbf}, …)
 * @param dataModel the credential's data model generation
 */
public record SecuredCredential(String text, Optional<String> jws, JsonNode credential,
        Optional<JsonNode> jwsPayload, DataModel dataModel) {

    /**
     * @param text the {@code text} component, as described on the record
     * @param jws the {@code jws} component, as described on the record
     * @param credential the {@code credential} component, as described on the record
     * @param jwsPayload the {@code jwsPayload} component, as described on the record
     * @param dataModel the {@code dataModel} component, as described on the record
     * @throws NullPointerException if an argument is null
     */
    public SecuredCredential {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(jws, "jws");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(jwsPayload, "jwsPayload");
        Objects.requireNonNull(dataModel, "dataModel");
    }

    /** @return whether the credential was delivered as a compact JWS */
    public boolean isJws() {
        return jws.isPresent();
    }
}
