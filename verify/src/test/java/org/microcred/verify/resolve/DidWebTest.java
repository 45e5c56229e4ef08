package org.microcred.verify.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microcred.core.ErrorCode;
import org.microcred.core.MicrocredException;

class DidWebTest {

    /** The first three rows are the examples of the did:web specification, §3.2 Read (Resolve). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "did:web:w3c-ccg.github.io, https://w3c-ccg.github.io/.well-known/did.json",
        "did:web:w3c-ccg.github.io:user:alice, https://w3c-ccg.github.io/user/alice/did.json",
        "did:web:example.com%3A3000:user:alice, https://example.com:3000/user/alice/did.json",
        "did:web:example.com%3a8443, https://example.com:8443/.well-known/did.json",
        "did:web:Example.EDU, https://example.edu/.well-known/did.json",
        "did:web:example.edu:issuers:565049, https://example.edu/issuers/565049/did.json",
        "did:web:example.edu:a%20b, https://example.edu/a%20b/did.json",
        "did:web:localhost%3A443, https://localhost:443/.well-known/did.json",
    })
    void mapsDidToDocumentUrl(String did, String url) {
        assertEquals(URI.create(url), DidWeb.documentUrl(did));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "did:web:| domain) is empty",
        "did:key:z6Mk| does not start with did:web:",
        "did:web:example.com%3A| port '' is not a number",
        "did:web:example.com%3A70000| port '70000'",
        "did:web:example.com%3A0| port '0'",
        "did:web:example.com%3Aabc| port 'abc'",
        "did:web:exa_mple.com| not a valid host name",
        "did:web:-example.com| not a valid host name",
        "did:web:example..com| not a valid host name",
        "did:web:example.com:| path segment 1 is ''",
        "did:web:example.com::a| path segment 1 is ''",
        "did:web:example.com:..| path segment 1 is '..'",
        "did:web:example.com:a%2| '%' not followed by two hex digits",
        "did:web:example.com#key-1| character '#'",
        "did:web:example.com/path| character '/'",
        "did:web:example.com?q| character '?'",
        "did:web:user@example.com| character '@'",
    })
    void refusesMalformedDids(String did, String why) {
        MicrocredException e = assertThrows(MicrocredException.class, () -> DidWeb.documentUrl(did));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        ResolveFixtures.contains(e.getMessage(), did.length() > 20 ? did.substring(0, 20) : did, why);
    }
}
