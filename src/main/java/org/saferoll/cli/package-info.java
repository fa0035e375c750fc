/**
 * The command line: one picocli subcommand per command ({@code build}, {@code check},
 * {@code preview}, {@code new}); it parses options, runs the pipeline or the preview, and turns
 * the outcome into an exit status. Nothing else depends on this package.
 */
package org.saferoll.cli;
