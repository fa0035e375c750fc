package org.saferoll.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A daemon answers only a client whose fresh process would build the same: a daemon started from
 * a shell in UTC must not date "today" for a writer whose shell is in UTC+14, where a review
 * dated today is valid and the daemon's build would call it a date in the future.
 */
class IdentityTest {
    @TempDir
    Path project;

    private String key(Map<String, String> env) {
        return Identity.key("/jdk", "-Xmx512m", "", project, env);
    }

    @Test
    void whatTheJvmReadsFromTheShellAtStartIsPartOfTheIdentity() {
        assertEquals(key(Map.of("HOME", "/a")), key(Map.of("HOME", "/b")), "a variable the build never reads keeps the daemon");
        for (String[] two : new String[][]{{"TZ", "UTC", "Pacific/Kiritimati"}, {"LANG", "en_GB.UTF-8", "tr_TR.UTF-8"},
                {"LC_ALL", "C", "de_DE.UTF-8"}, {"JAVA_TOOL_OPTIONS", "", "-Duser.timezone=Asia/Tokyo"},
                {"SOURCE_DATE_EPOCH", "0", "1700000000"}}) {
            assertNotEquals(key(Map.of(two[0], two[1])), key(Map.of(two[0], two[2])), two[0] + " is not part of the identity");
        }
    }
}
