/**
 * Implementation details (encodings, helpers). Not API: exported only to other Microcred modules.
 */
package org.microcred.core.internal;
