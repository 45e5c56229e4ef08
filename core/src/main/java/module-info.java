/**
 * Microcred core: credential model, JSON and JSON-LD processing, keys, proof suites, issuing and
 * status lists.
 */
module org.microcred.core {
    requires transitive com.fasterxml.jackson.databind;
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
    exports org.microcred.core.model;
    exports org.microcred.core.json;
    exports org.microcred.core.jsonld;
    exports org.microcred.core.keys;
    exports org.microcred.core.proof;
    exports org.microcred.core.issue;
    exports org.microcred.core.status;
    exports org.microcred.core.bake;
    exports org.microcred.core.internal to org.microcred.verify, org.microcred.stacking;
}
