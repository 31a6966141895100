/**
 * "Did you mean": the closest known word to a misspelt key, style id or citation key.
 * Depends on nothing else of the project, so every stage that names things can use it.
 */
package org.evidencepress.spelling;
