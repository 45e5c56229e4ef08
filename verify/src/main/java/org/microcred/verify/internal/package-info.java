/**
 * Implementation of the verification pipeline: input detection, JWS decoding, JSON Schema
 * validation, date and hash rules, report rendering. Not exported; no API guarantees.
 */
package org.microcred.verify.internal;
