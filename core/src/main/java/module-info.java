/**
 * Microcred core: credential model, JSON and JSON-LD processing, keys, proof suites, issuing and
 * status lists.
 */
module org.microcred.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.nimbusds.jose.jwt;
    requires titanium.json.ld;
    requires titanium.rdfc;
    requires titanium.rdf.api;
    requires titanium.rdf.n.quads;
    requires jakarta.json;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires java.logging;
    requires java.xml;

    exports org.microcred.core;
    // (uncomment when the package has its first class)
    exports org.microcred.core.model;

    // (uncomment when the package has its first class)
    exports org.microcred.core.json;

    // (uncomment when the package has its first class)
    exports org.microcred.core.jsonld;

    // (uncomment when the package has its first class)
    exports org.microcred.core.keys;

    // (uncomment when the package has its first class)
    exports org.microcred.core.proof;

    // (uncomment when the package has its first class)
    exports org.microcred.core.issue;

    // (uncomment when the package has its first class)
    exports org.microcred.core.status;

    // (uncomment when the package has its first class)
    exports org.microcred.core.bake;

    // (uncomment when the package has its first class)
    exports org.microcred.core.internal to org.microcred.verify, org.microcred.stacking;

}
