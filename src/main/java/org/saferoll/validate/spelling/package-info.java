/**
 * The spelling and grammar check ({@code ./saferoll check --prose}): warnings on the sentences a
 * reader reads. The checker itself (LanguageTool, in {@code src/prose/java}) is never on the
 * default classpath; {@link org.saferoll.validate.spelling.SpellCheckers} loads it on demand
 * from {@code target/prose-classpath.txt} behind the {@link org.saferoll.validate.spelling.SpellChecker}
 * interface.
 */
package org.saferoll.validate.spelling;
