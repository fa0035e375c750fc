/**
 * The writer's live preview: serves the site on 127.0.0.1, rebuilds through the pipeline on
 * every change and tells open tabs to reload.
 */
package org.saferoll.serve;
