/**
 * The validate stage: checks every page against the safety schema in {@code schema/}
 * ({@link org.saferoll.schema.SafetySchema}, the one place its numbers and lists are read)
 * with the JSON Schemas and the Java rules of {@code validate.rules}.
 */
package org.saferoll.validate;
