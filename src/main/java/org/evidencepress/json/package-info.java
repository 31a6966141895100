/**
 * Reading JSON text: CSL-JSON bibliography files and the answers of DOI resolvers. Values
 * become maps (keys in file order), lists, strings, numbers, booleans and null; a failure is
 * a value with its line and column, never a stack trace.
 *
 * <p>A small reader of our own rather than a library: bibliography diagnostics need the
 * position of every item of an array, and Zotero's exports indent with tabs, which YAML
 * parsers refuse. Depends on nothing else of the project.
 */
package org.evidencepress.json;
