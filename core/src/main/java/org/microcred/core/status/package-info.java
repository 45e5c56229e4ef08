/**
 * Bitstring Status List encoding and decoding.
 */
package org.microcred.core.status;
