/**
 * The safety schema as {@code schema/} states it ({@link org.saferoll.schema.SafetySchema}, its
 * one reader), the values derived from it that more than one stage prints or checks (the prose
 * word lists, the one-line summary of each check) and how a list is said in a sentence. Validate
 * checks pages against it, bake prints it on the safety-schema page and verify reads its HTML
 * allowlist, so it sits below all three and uses nothing of theirs.
 */
package org.saferoll.schema;
