/**
 * The warm build daemon, as Gradle's and mvnd's: {@code ./saferoll build} and {@code check} hand
 * their arguments to a SafeRoll process kept running for the project, over a Unix domain socket only
 * the user can open, so later commands skip starting the JVM and JRuby. {@link DaemonClient} is the
 * small side the launcher starts (JDK classes only, so it starts fast); {@link DaemonServer} runs the
 * commands through the command line of {@code org.saferoll.cli} with one warm pipeline.
 */
package org.saferoll.daemon;
