/**
 * The pipeline: {@link org.saferoll.Pipeline} calls the stages in the order of the diagram in
 * README.md (load, validate, bake, verify, publish) and holds no policy of its own;
 * {@link org.saferoll.BuildOptions} says how to run it.
 */
package org.saferoll;
