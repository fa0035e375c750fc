/**
 * Starting a page from a template in {@code templates/new/}.
 */
package org.saferoll.scaffold;
