/**
 * Issuing: the fluent {@link org.microcred.core.issue.Issuer} turns an
 * {@link org.microcred.core.issue.OpenBadge} (or a credential model the caller built) into a
 * signed Open Badges 3.0 / CLR 2.0 credential, one at a time or as a bounded, parallel batch.
 *
 * <pre>{@code
 * Issuer issuer = Issuer.builder()
 *     .profile(Profile.builder().id("did:web:lms.example.edu").name("Example University").build())
 *     .signingKey(SigningKeys.ed25519(keyPair, "did:web:lms.example.edu#key-1"))
 *     .proofSuite(ProofSuites.eddsaRdfc2022())
 *     .build();
 *
 * SignedCredential badge = issuer.issue(OpenBadge.builder()
 *     .achievement(cprCertified)
 *     .recipient(Recipient.email("ada@example.org").hashed())
 *     .validFor(Period.ofYears(2))
 *     .build());
 *
 * try (Stream<IssueResult> results = issuer.issueAll(learners.stream().map(this::badgeFor))) {
 *     results.forEach(r -> r.credential().ifPresentOrElse(store::save, () -> log(r.error().get())));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.microcred.core.issue.Issuer} — immutable, thread-safe; fills id, issuer,
 *       {@code validFrom}, contexts and schema; binds the key to the issuer; signs through a
 *       {@link org.microcred.core.proof.ProofSuite}.</li>
 *   <li>{@link org.microcred.core.issue.OpenBadge}, {@link org.microcred.core.issue.Recipient},
 *       {@link org.microcred.core.issue.Endorsement} — the convenience inputs;
 *       {@link org.microcred.core.issue.IssueRequest} — any input, for batches.</li>
 *   <li>{@link org.microcred.core.issue.SignedCredential} — the exact signed text and its model.</li>
 *   <li>{@link org.microcred.core.issue.IssueResult}, {@link org.microcred.core.issue.BatchOptions},
 *       {@link org.microcred.core.issue.BatchSummary} — batch issuance.</li>
 *   <li>{@link org.microcred.core.issue.IdStrategy} — how credentials get their id.</li>
 * </ul>
 */
package org.microcred.core.issue;
