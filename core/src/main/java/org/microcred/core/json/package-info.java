/**
 * JSON reading and writing with Jackson: bounded parsing (size, depth, string length), lenient reading of JSON-LD compacted forms and deterministic OB 3.0 serialization.
 */
package org.microcred.core.json;
