/**
 * Microcred verify: the verification pipeline, key and DID resolution, status checks, Open
 * Badges 2.0 and the recruiter-readable report.
 */
module org.microcred.verify {
    requires transitive org.microcred.core;
    requires org.slf4j;
    requires java.net.http;

    // exports org.microcred.verify;  (uncomment with the first class)
    exports org.microcred.verify.fetch;
    exports org.microcred.verify.ob2;
    exports org.microcred.verify.resolve;
    exports org.microcred.verify.status;
}
