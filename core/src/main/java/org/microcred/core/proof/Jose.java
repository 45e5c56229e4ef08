package org.microcred.core.proof;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Small JOSE facts shared by the VC-JWT suite and its options. Package-private. */
final class Jose {

    /** JWK members that hold private or symmetric key material (RFC 7517 §9.2, RFC 7518 §6). */
    static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private Jose() {
    }

    /** @return the first private member the JWK has, or null if it is a public JWK */
    static String privateMember(JsonNode jwk) {
        for (String member : PRIVATE_MEMBERS) {
            if (jwk.has(member)) {
                return member;
            }
        }
        return null;
    }
}
