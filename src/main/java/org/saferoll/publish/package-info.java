/**
 * The publish stage: swaps a verified staging folder in as the site and writes the
 * reproducible offline zip, whose date it takes from the content.
 */
package org.saferoll.publish;
