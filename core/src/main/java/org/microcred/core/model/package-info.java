/**
 * The credential model: immutable values for Open Badges 3.0, CLR 2.0 and the VC data model (2.0 and 1.1) envelopes, with builders.
 */
package org.microcred.core.model;
