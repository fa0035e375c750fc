/**
 * The few helpers several stages need, each written once: deleting a folder tree, SHA-256
 * hashing, mapping a list on a bounded number of threads, and project-relative paths with
 * forward slashes. Depends on nothing else in SafeRoll.
 */
package org.saferoll.util;
