/**
 * The Java safety rules, one class each, and their registry {@link org.saferoll.validate.rules.Rules};
 * every number or list a rule uses comes from {@code schema/} through the validate stage.
 */
package org.saferoll.validate.rules;
