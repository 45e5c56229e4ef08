/**
 * Stackable pathways: which credentials combine into which larger credential.
 */
package org.microcred.stacking;
