package org.microcred.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What a parsed credential object is, from its {@code type} and {@code @context}. */
public enum CredentialKind {
    /** OB 3.0 OpenBadgeCredential / AchievementCredential. */
    OPEN_BADGE("OpenBadgeCredential"),
    /** OB 3.0 EndorsementCredential. */
    ENDORSEMENT("EndorsementCredential"),
    /** CLR 2.0 ClrCredential. */
    CLR("ClrCredential"),
    /** Another Verifiable Credential. */
    OTHER_VC("VerifiableCredential"),
    /** An OB 2.0 Assertion. */
    OB2_ASSERTION("Assertion");

    private final String label;

    CredentialKind(String label) {
        this.label = label;
    }

    /** @return the main type name, for messages */
    public String label() {
        return label;
    }

    /** The OB 2.0 context URL. */
    public static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";

    /**
     * @param credential a JSON object
     * @return its kind
     */
    public static CredentialKind of(JsonNode credential) {
        List<String> types = Nodes.types(credential);
        boolean vc = types.contains("VerifiableCredential");
        if (!vc && (types.contains("Assertion") || contextContains(credential, OB2_CONTEXT))) {
            return OB2_ASSERTION;
        }
        if (types.contains("ClrCredential")) {
            return CLR;
        }
        if (types.contains("EndorsementCredential")) {
            return ENDORSEMENT;
        }
        if (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
            return OPEN_BADGE;
        }
        return OTHER_VC;
    }

    /**
     * @param credential a JSON object
     * @param url a context URL
     * @return whether {@code @context} is or contains the URL
     */
    public static boolean contextContains(JsonNode credential, String url) {
        for (JsonNode c : Nodes.values(credential.get("@context"))) {
            if (c.isTextual() && c.asText().equals(url)) {
                return true;
            }
        }
        return false;
    }
}
