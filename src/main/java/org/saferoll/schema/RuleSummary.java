package org.saferoll.schema;

/**
 * What one check demands, in a line, with the schema's current values: the data the
 * safety-schema page lists, so the page says what the validator enforces.
 *
 * @param id      the rule id as it appears in messages
 * @param summary one sentence
 */
public record RuleSummary(String id, String summary) {
}
