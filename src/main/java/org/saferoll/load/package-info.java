/**
 * The load stage: finds the pages under {@code content/}, refuses bytes that are not a page,
 * and parses each page once with Asciidoctor in SECURE mode into a typed {@link org.saferoll.load.Page}
 * (header, steps, anchors, HTML, prose). Owns the parse caches. Depends only on {@code report}
 * and {@code util}.
 */
package org.saferoll.load;
