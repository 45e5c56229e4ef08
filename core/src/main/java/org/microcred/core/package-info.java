/**
 * Microcred core: the error hierarchy shared by every package.
 *
 * <p>Start at {@link org.microcred.core.model} for the credential model,
 * {@link org.microcred.core.issue} to issue credentials and {@link org.microcred.core.jsonld}
 * for canonicalization.
 */
package org.microcred.core;
