/**
 * Microcred verify: the verification pipeline, key and DID resolution, status checks, Open
 * Badges 2.0 and the recruiter-readable report.
 */
module org.microcred.verify {
    requires transitive org.microcred.core;
    requires org.slf4j;
    requires java.net.http;
    requires com.networknt.schema;
    // The schema validator checks "format": "date-time" with ITU (RFC 3339) when that module is in the
    // graph and with java.time otherwise (it only `requires static` it); requiring it here keeps the
    // schema check the same on the module path as on the class path (e.g. leap seconds).
    requires com.ethlo.time;

    exports org.microcred.verify;
    exports org.microcred.verify.spi;
    exports org.microcred.verify.fetch;
    exports org.microcred.verify.ob2;
    exports org.microcred.verify.resolve;
    exports org.microcred.verify.status;
}
