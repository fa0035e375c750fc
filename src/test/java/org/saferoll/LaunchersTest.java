package org.saferoll;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./saferoll (bash) and saferoll.cmd (Windows) start the same program the same way the Maven build does. */
class LaunchersTest {
    private static final Pattern FLAG = Pattern.compile("-XX:[^\\s\"<]+|-Xmx\\w+|-Xss\\w+|-Djruby\\.[^\\s\"<]+");

    private static List<String> flags(String text) {
        Matcher m = FLAG.matcher(text);
        List<String> flags = new java.util.ArrayList<>();
        while (m.find()) {
            flags.add(m.group());
        }
        return flags;
    }

    @Test
    void bothLaunchersRunTheCliWithTheBuildsJvmFlags() throws IOException {
        String bash = Files.readString(Path.of("saferoll"));
        String cmd = Files.readString(Path.of("saferoll.cmd"));
        String pom = Files.readString(Path.of("pom.xml"));
        String site = pom.substring(pom.indexOf("<id>site</id>"), pom.indexOf("</execution>", pom.indexOf("<id>site</id>")));
        // The shipped flags line; on Java 25 the wrapper adds its AOT cache flags (AotCacheTest checks those).
        String bashFlags = bash.substring(bash.indexOf("JVM_FLAGS=\""), bash.indexOf('\n', bash.indexOf("JVM_FLAGS=\"")));
        assertEquals(flags(site), flags(bashFlags), "./saferoll uses the build's JVM flags");
        assertTrue(bash.contains("\"$JAVA\" $JVM_FLAGS $AOT_FLAGS"), "./saferoll starts the JVM with those flags");
        assertEquals(flags(site), flags(cmd), "saferoll.cmd uses the build's JVM flags");
        for (String launcher : List.of(bash, cmd)) {
            assertTrue(launcher.contains("org.saferoll.cli.SafeRoll"));
            assertTrue(launcher.contains("dependency:build-classpath -Dmdep.outputFile=target/classpath.txt"));
            assertTrue(launcher.contains("-Dstyle.color=never"), "no colour codes from Maven");
        }
    }

    @Test
    void theWindowsLauncherHasWindowsLineEndingsAndPassesEveryArgument() throws IOException {
        String cmd = new String(Files.readAllBytes(Path.of("saferoll.cmd")), StandardCharsets.US_ASCII);
        assertFalse(cmd.replace("\r\n", "").contains("\n"), "CRLF throughout, or cmd.exe misreads labels and blocks");
        assertTrue(cmd.contains("org.saferoll.cli.SafeRoll %*"), "every argument reaches the program");
        assertTrue(cmd.contains("exit /b %ERRORLEVEL%"), "the exit status reaches the caller");
        assertTrue(Files.readString(Path.of(".gitattributes")).contains("saferoll.cmd text eol=crlf"));
    }
}
