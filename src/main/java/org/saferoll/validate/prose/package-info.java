/**
 * Reading prose for unsafe advice: sentences, clauses and the word lists of {@code schema/prose.json}.
 */
package org.saferoll.validate.prose;
