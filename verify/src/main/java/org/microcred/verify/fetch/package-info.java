/**
 * The network door: {@link org.microcred.verify.fetch.DocumentFetcher} and its implementations.
 * Nothing is fetched unless the caller opts in: the default is
 * {@link org.microcred.verify.fetch.DocumentFetcher#none()}; preloaded documents serve offline and
 * air-gapped use; {@link org.microcred.verify.fetch.HttpsDocumentFetcher} is the opt-in HTTPS
 * fetcher with an allow-list, private-address refusal, timeouts, a size cap, checked redirects and
 * a TTL cache.
 */
package org.microcred.verify.fetch;
