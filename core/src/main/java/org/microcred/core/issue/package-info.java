/**
 * The fluent Issuer and batch issuance.
 */
package org.microcred.core.issue;
