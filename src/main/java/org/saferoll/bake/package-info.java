/**
 * The bake stage: turns validated pages into HTML with JBake's configuration, Freemarker
 * template engine, renderer and asset copier, writing into a staging folder it also cleans up.
 * Template models, navigation and the generated pages (indexes, tags, the safety schema) live here.
 */
package org.saferoll.bake;
