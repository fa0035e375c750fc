package org.saferoll.daemon;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to start a daemon: the same JVM, its flags and classpath, as the launcher gives them.
 *
 * @param javaHome  the JVM's home
 * @param flags     the daemon's JVM flags, separated by spaces
 * @param classpath the daemon's classpath
 */
record Launch(String javaHome, String flags, String classpath) {
    static Launch fromSystemProperties() {
        return new Launch(System.getProperty("java.home"), System.getProperty("saferoll.daemon.flags", ""),
                System.getProperty("saferoll.daemon.classpath", System.getProperty("java.class.path")));
    }

    String key(Path project, Map<String, String> env) {
        return Identity.key(javaHome, flags, classpath, project, env);
    }
}
