/**
 * The verify stage: reads the baked HTML in the staging folder and checks what ships: links,
 * anchors and offline rules.
 */
package org.saferoll.verify;
