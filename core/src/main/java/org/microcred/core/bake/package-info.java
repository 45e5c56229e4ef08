/**
 * Baking credentials into PNG and SVG badge images, and extracting (unbaking) them.
 */
package org.microcred.core.bake;
