package org.microcred.verify.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A DID, controller or key document during one resolution.
 *
 * @param id the id the document has (checked against the DID or URL it was fetched for)
 * @param node the parsed document
 * @param source the URL it was read from; empty for documents generated from the DID itself
 * @param form how keys found in it are labelled
 * @param description how messages name it, e.g. "the DID document of did:web:x (https://x/…)"
 */
record FoundDocument(String id, JsonNode node, Optional<String> source, KeyForm form, String description) {
}
