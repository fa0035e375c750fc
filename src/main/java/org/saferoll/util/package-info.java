/**
 * The few helpers several stages need, each written once: deleting a folder tree, SHA-256
 * hashing, this user's cache key, mapping a list on a bounded number of threads, project-relative paths with forward
 * slashes, and a URL's scheme read the way a browser reads it (validate and verify both judge
 * links). Depends on nothing else in SafeRoll.
 */
package org.saferoll.util;
