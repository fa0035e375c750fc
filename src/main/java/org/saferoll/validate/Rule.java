package org.saferoll.validate;

import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;

import java.util.List;

/**
 * One safety rule that JSON Schema cannot express. Each rule has a stable id that appears in
 * every message it gives, so writers and CI can look it up in CONTRIBUTING.md.
 */
public interface Rule {

    /** The stable id, e.g. {@code no-roll-zone}. */
    String id();

    /**
     * One line for the reference page: what the rule demands. A rule that quotes numbers or lists
     * from {@code schema/} overrides {@link #summary(SafetySchema)} instead, so the page prints
     * the values the rule enforces.
     */
    default String summary() {
        return "";
    }

    /** The summary with the schema's current values: what the safety-schema page prints. */
    default String summary(SafetySchema schema) {
        return summary();
    }

    /**
     * True when this rule's message is the only one its line should get: an unfinished TODO line
     * trips other rules too, and those messages would only say the same thing again.
     */
    default boolean speaksForItsLine() {
        return false;
    }

    /**
     * True when the rule looks at pages other than the one it checks. A rule that says false is
     * handed a context without the site (reading it fails), so the warm validator may reuse its
     * results while the page, the schema, the date and the rules are unchanged. A rule that reads
     * the site sees only the other pages' facts ({@code SiteFacts}), and its results are reused
     * only while those facts are unchanged.
     */
    default boolean readsSite() {
        return true;
    }

    /** Adds a diagnostic to {@code out} for each way {@code page} breaks the rule. */
    void check(Page page, RuleContext context, List<Diagnostic> out);

    /** An error of this rule. */
    default Diagnostic error(Page page, int line, String message, String hint) {
        return Diagnostic.error(page.path(), line, id(), message, hint);
    }
}
