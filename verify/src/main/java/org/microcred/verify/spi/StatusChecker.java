package org.microcred.verify.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Looks up the status of a credential through its {@code credentialStatus} entry (W3C
 * Bitstring Status List, 1EdTech Revocation List) — OB 3.0 verification step 4.
 *
 * <p>Thread-safe. May throw; the pipeline reports an exception as status UNOBTAINABLE.
 */
@FunctionalInterface
public interface StatusChecker {

    /**
     * @param credential the credential JSON object
     * @param now the verifier's clock reading (for list caching / ttl)
     * @return the finding; never null
     */
    StatusOutcome check(JsonNode credential, Instant now);
}
