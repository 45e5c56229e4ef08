package org.microcred.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The generation of the W3C VC data model a credential follows, chosen from its {@code @context}.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#verifiable-credentials-data-model-v1-1">OB 3.0 VC 1.1 binding</a>
 */
public enum VcVersion {
    /** VC data model 2.0: {@code validFrom} / {@code validUntil}; issuer may be a bare URI. */
    V2("https://www.w3.org/ns/credentials/v2"),
    /** VC data model 1.1: {@code issuanceDate} / {@code expirationDate}; OB issuer must be a Profile object. */
    V1_1("https://www.w3.org/2018/credentials/v1");

    private final String contextUri;

    VcVersion(String contextUri) {
        this.contextUri = contextUri;
    }

    /** @return the base context URI of this generation (the first {@code @context} entry) */
    public String contextUri() {
        return contextUri;
    }

    /**
     * Picks the generation for a list of contexts: 1.1 when the first entry is the 1.1 context; else 2.0 when
     * any entry is the 2.0 context; else 1.1 when any entry is the 1.1 context; else 2.0.
     *
     * @param context the {@code @context} entries, not null
     * @return the generation
     */
    public static VcVersion of(List<ContextEntry> context) {
        Objects.requireNonNull(context, "context");
        if (!context.isEmpty() && context.get(0).uri().filter(V1_1.contextUri::equals).isPresent()) {
            return V1_1;
        }
        if (context.stream().anyMatch(c -> c.uri().filter(V2.contextUri::equals).isPresent())) {
            return V2;
        }
        if (context.stream().anyMatch(c -> c.uri().filter(V1_1.contextUri::equals).isPresent())) {
            return V1_1;
        }
        return V2;
    }
}
