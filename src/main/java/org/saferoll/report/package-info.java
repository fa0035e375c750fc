/**
 * Diagnostics ({@code path:line: error [rule-id] message} plus a hint) and the ways of
 * printing them; the bottom of the dependency graph: it depends on no other SafeRoll package.
 */
package org.saferoll.report;
