package org.saferoll.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The daemon folder is only as safe as the folders above it: one another user owns or can write lets
 * them swap the folder, so neither client nor daemon may use it, and the writer is told which and why.
 */
class DaemonPathsTest {
    @TempDir
    Path tmp;

    private Path project() throws IOException {
        return Files.createDirectories(tmp.resolve("project")).toRealPath();
    }

    private DaemonPaths.UnsafeFolderException refused(Path daemonDir) throws IOException {
        DaemonPaths paths = DaemonPaths.of(project(), Map.of("SAFEROLL_DAEMON_DIR", daemonDir.toString()));
        return assertThrows(DaemonPaths.UnsafeFolderException.class, paths::secured,
                "a daemon folder under " + daemonDir.getParent() + " was accepted");
    }

    private Path folder(String name, String permissions) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
        return dir;
    }

    @Test
    void aFolderOnlyTheUserAndRootCanChangeIsUsed() throws IOException {
        Path parent = folder("mine", "rwxr-xr-x");
        DaemonPaths paths = DaemonPaths.of(project(), Map.of("SAFEROLL_DAEMON_DIR", parent.resolve("a/d").toString())).secured();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(paths.dir())));
    }

    @Test
    void parentsItMakesPassTheCheckNextTime() throws IOException {
        Path daemonDir = folder("mine", "rwxr-xr-x").resolve("new/deeper/d");
        Map<String, String> env = Map.of("SAFEROLL_DAEMON_DIR", daemonDir.toString());
        DaemonPaths.of(project(), env).secured();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(daemonDir.getParent())));
        DaemonPaths.of(project(), env).secured(); // a second client or the daemon itself
    }

    @Test
    void aStickyFolderLikeTmpIsUsed() throws IOException {
        Path shared = folder("shared", "rwxrwxrwx");
        Files.setAttribute(shared, "unix:mode", 01777);
        DaemonPaths.of(project(), Map.of("SAFEROLL_DAEMON_DIR", shared.resolve("d").toString())).secured();
    }

    @Test
    void aParentOthersCanWriteIsRefusedByName() throws IOException {
        Path open = folder("open", "rwxrwxrwx");
        String message = refused(open.resolve("deeper/d")).getMessage();
        assertTrue(message.startsWith(open + " (above the daemon folder " + open.resolve("deeper/d") + ") can be written by other users"), message);
        assertTrue(message.contains("set SAFEROLL_DAEMON_DIR"), "no fix given: " + message);
        assertFalse(Files.exists(open.resolve("deeper")), "folders were made under a folder others can write");
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void aParentItsGroupCanWriteIsRefused() throws IOException {
        Path group = folder("group", "rwxrwx---");
        assertTrue(refused(group.resolve("d")).getMessage().startsWith(group + " "));
    }

    @Test
    void aParentOfAnotherUserIsRefused() throws IOException {
        assumeTrue(DaemonPaths.uid() == 0, "only root can give a folder to another user");
        Path theirs = folder("theirs", "rwxr-xr-x");
        Files.setAttribute(theirs, "unix:uid", 4242);
        assertTrue(refused(theirs.resolve("d")).getMessage().startsWith(theirs + " (above the daemon folder "
                + theirs.resolve("d") + ") belongs to another user"));
    }

    @Test
    void aLinkIsCheckedWhereItLiesAndWhereItLeads() throws IOException {
        Path safe = folder("safe", "rwxr-xr-x");
        Path open = folder("open", "rwxrwxrwx");
        Path intoOpen = Files.createSymbolicLink(safe.resolve("link"), folder("open/target", "rwxr-xr-x"));
        assertTrue(refused(intoOpen.resolve("d")).getMessage().startsWith(open + " "), "the link's target was not checked");
        Path fromOpen = Files.createSymbolicLink(open.resolve("link"), folder("safe/target", "rwxr-xr-x"));
        assertTrue(refused(fromOpen.resolve("d")).getMessage().startsWith(open + " "), "where the link lies was not checked");
    }

    @Test
    void theClientSaysWhyAndRunsTheCommandItself() throws IOException {
        Path open = folder("open", "rwxrwxrwx");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DaemonClient client = new DaemonClient(new Launch(System.getProperty("java.home"), "", System.getProperty("java.class.path")),
                project(), Map.of("SAFEROLL_DAEMON_DIR", open.resolve("d").toString()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(DaemonClient.RUN_HERE, client.run(List.of("check"), false));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("saferoll: not using the build daemon: " + open + " "), said);
        assertFalse(Files.exists(open.resolve("d")), "the client made the daemon folder anyway");
    }
}
