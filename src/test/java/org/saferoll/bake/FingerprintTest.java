package org.saferoll.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Upgrading jsoup or Jackson must re-render every page instead of reusing output the old version made:
 * the versions on the class path are read, and each one changes the code fingerprint.
 */
class FingerprintTest {
    @TempDir
    Path classes;

    @Test
    void readsTheJsoupAndJacksonVersionsOnTheClassPath() throws IOException {
        Map<String, String> versions = Fingerprint.libraryVersions();
        assertEquals(mavenVersion("org.jsoup", "jsoup"), versions.get("jsoup"));
        assertEquals(mavenVersion("com.fasterxml.jackson.core", "jackson-databind"), versions.get("jackson"));
    }

    @Test
    void anotherJsoupOrJacksonVersionGivesAnotherFingerprint() throws IOException {
        Files.createDirectories(classes.resolve("org/saferoll"));
        Files.writeString(classes.resolve("org/saferoll/Some.class"), "the same code");
        Map<String, String> versions = Fingerprint.libraryVersions();
        String now = Fingerprint.code(versions, classes);

        assertEquals(now, Fingerprint.code(versions, classes), "same code and libraries, same fingerprint");
        for (String library : new String[] {"jsoup", "jackson"}) {
            Map<String, String> upgraded = new LinkedHashMap<>(versions);
            upgraded.put(library, versions.get(library) + ".1");
            assertNotEquals(now, Fingerprint.code(upgraded, classes), library + " upgraded, the same fingerprint");
        }
    }

    /** The version Maven put in the library's jar, read independently of how Fingerprint reads it. */
    private static String mavenVersion(String group, String artifact) throws IOException {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = FingerprintTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the class path");
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
