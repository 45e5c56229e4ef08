package org.microcred.verify.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The hosted-verification scope an issuer Profile declares in its {@code verification}
 * VerificationObject (<a href="https://www.imsglobal.org/spec/ob/v2p0/#VerificationObject">OB 2.0
 * VerificationObject</a>): {@code startsWith} prefixes and {@code allowedOrigins} host names. With
 * neither, the default applies: the same host (and port) as the issuer {@code id}.
 */
final class VerificationPolicy {

    private final String issuerId;
    private final List<String> startsWith;
    private final List<String> allowedOrigins;

    private VerificationPolicy(String issuerId, List<String> startsWith, List<String> allowedOrigins) {
        this.issuerId = issuerId;
        this.startsWith = startsWith;
        this.allowedOrigins = allowedOrigins;
    }

    /** The policy of a (trusted) issuer Profile. */
    static VerificationPolicy of(JsonNode issuer) {
        JsonNode policy = Nodes.get(issuer, "verification");
        boolean declared = policy != null && policy.isObject();
        return new VerificationPolicy(Nodes.text(issuer, "id").orElse(""),
                declared ? strings(Nodes.get(policy, "startsWith")) : List.of(),
                declared ? strings(Nodes.get(policy, "allowedOrigins")) : List.of());
    }

    boolean isDefault() {
        return startsWith.isEmpty() && allowedOrigins.isEmpty();
    }

    /**
     * @param id an assertion (or BadgeClass) id
     * @return why the id is outside the scope (completing "the assertion X …"), or empty when in scope
     */
    Optional<String> outOfScope(String id) {
        if (!startsWith.isEmpty() && startsWith.stream().noneMatch(id::startsWith)) {
            return Optional.of("does not start with any of the issuer's verification.startsWith values " + startsWith);
        }
        if (isDefault()) {
            Optional<String> issuerAuthority = authority(issuerId);
            if (issuerAuthority.isEmpty()) {
                return Optional.of("cannot be bound: the issuer id " + issuerId + " is not an http(s) URL, so there is"
                        + " no origin to host its assertions");
            }
            if (!issuerAuthority.equals(authority(id))) {
                return Optional.of("is hosted on '" + authority(id).orElse("(no http(s) host)") + "', not on the issuer's"
                        + " origin '" + issuerAuthority.get() + "' (the issuer declares no verification policy)");
            }
        } else if (!allowedOrigins.isEmpty()) {
            Set<String> names = Nodes.hostNames(id);
            if (allowedOrigins.stream().noneMatch(o -> names.contains(o.toLowerCase(Locale.ROOT)))) {
                return Optional.of("is hosted on '" + authority(id).orElse("(no http(s) host)")
                        + "', not on an allowed origin " + allowedOrigins);
            }
        }
        return Optional.empty();
    }

    /** {@code host[:port]} of an http(s) IRI without user info. */
    private static Optional<String> authority(String iri) {
        return Nodes.hostNames(iri).stream().max(Comparator.comparingInt(String::length));
    }

    private static List<String> strings(JsonNode value) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : Nodes.values(value)) {
            if (v.isTextual()) {
                out.add(v.asText());
            }
        }
        return out;
    }
}
