package org.saferoll.daemon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferoll.TestProject;
import org.saferoll.daemon.Protocol.Request;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build daemon as {@code ./saferoll} uses it: the client runs in this JVM, the daemon it starts
 * is a real background process on a real socket. Each test has its own daemon folder and project
 * and stops its daemon at the end. Deadlines are generous: the machine may be busy.
 */
class DaemonTest {
    /** The daemon's JVM flags here: the launcher's, minus what this JVM's classpath makes needless. */
    private static final String FLAGS = "-XX:+UseSerialGC -Xmx512m -Xss4m";
    private static final Pattern PID = Pattern.compile("pid (\\d+)");

    @TempDir
    Path tmp;

    private final List<DaemonClient> started = new ArrayList<>();

    /** The classpath this test runs with, without the test classes: what the launcher gives the daemon. */
    private static String classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes")).map(e -> Path.of(e).toAbsolutePath().toString())
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }

    /** The environment the writer's shell would give, never CI's, with this test's daemon folder. */
    private Map<String, String> env(String... extra) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.equals("CI") || name.startsWith("GITHUB_") || name.startsWith("SAFEROLL_"));
        env.put("SAFEROLL_DAEMON_DIR", tmp.resolve("d").toString());
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(Path project, Map<String, String> env, String flags, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DaemonClient client = new DaemonClient(new Launch(System.getProperty("java.home"), flags, classpath()),
                project.toRealPath(), env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        started.add(client);
        int status = client.run(List.of(args), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(Path project, String... args) throws IOException {
        return run(project, env(), FLAGS, args);
    }

    private long pid(Path project) throws IOException {
        Run status = run(project, "daemon", "status");
        Matcher m = PID.matcher(status.out());
        assertTrue(m.find(), "no daemon running: " + status);
        return Long.parseLong(m.group(1));
    }

    private DaemonPaths paths(Path project) throws IOException {
        return DaemonPaths.of(project, env());
    }

    @AfterEach
    void stopDaemons() throws IOException {
        for (Path project : projects) {
            run(project, "daemon", "stop");
        }
    }

    private final List<Path> projects = new ArrayList<>();

    private Path project(String name) throws IOException {
        Path dir = TestProject.copy(Files.createDirectories(tmp.resolve(name))).dir().toRealPath();
        projects.add(dir);
        return dir;
    }

    private static void assertChecked(Run run) {
        assertEquals(0, run.status(), () -> "check failed: " + run);
    }

    private static void assertBuilt(Run run) {
        assertEquals(0, run.status(), () -> "build failed: " + run);
        assertTrue(run.out().contains("Built ") || run.out().contains("Up to date: "), run::toString);
    }

    private record Snapshot(String tree, byte[] zip) {
        static Snapshot of(Path project) throws IOException {
            return new Snapshot(TestProject.treeDigest(project.resolve("target/site")),
                    Files.readAllBytes(project.resolve("target/saferoll-site.zip")));
        }
    }

    @Test
    void buildsThroughOneWarmDaemonAreByteIdenticalToAFreshProcessAndPickUpEdits() throws Exception {
        Path project = project("p");
        assertBuilt(run(project, "build"));
        long pid = pid(project);
        Snapshot first = Snapshot.of(project);
        Run again = run(project, "build");
        assertBuilt(again);
        assertTrue(again.out().contains("Up to date: "), again::toString);
        assertEquals(first.tree(), Snapshot.of(project).tree(), "a second build with nothing changed changes the site");

        Path page = project.resolve("content/techniques/thoracic-spine-roll.adoc");
        Files.writeString(page, Files.readString(page).replace("= Thoracic Spine Roll\n", "= Thoracic Spine Rolling\n"));
        Run edited = run(project, "build");
        assertBuilt(edited);
        assertEquals(pid, pid(project), "the build after the edit went to another process");
        assertTrue(Files.readString(project.resolve("target/site/techniques/thoracic-spine-roll.html")).contains("Thoracic Spine Rolling"),
                "the edit is not in the page");
        Snapshot warm = Snapshot.of(project);

        for (String gone : List.of("target/site", "target/.cache")) {
            deleteTree(project.resolve(gone));
        }
        Files.delete(project.resolve("target/saferoll-site.zip"));
        Process fresh = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
                "org.saferoll.cli.SafeRoll", "build", "--no-daemon", "--no-cache")
                .directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(fresh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, fresh.waitFor(), output);
        Snapshot clean = Snapshot.of(project);
        assertEquals(clean.tree(), warm.tree(), "the site built by the warm daemon differs from a fresh process's");
        assertArrayEquals(clean.zip(), warm.zip(), "the zip built by the warm daemon differs from a fresh process's");
    }

    @Test
    void aClientOfAnotherIdentityStopsTheDaemonAndGetsAFreshOne() throws Exception {
        Path project = project("p");
        assertChecked(run(project, "check"));
        long old = pid(project);
        Run other = run(project, env(), FLAGS + " -Dsaferoll.test.other=flags", "check");
        assertEquals(0, other.status(), other::toString);
        ProcessHandle.of(old).ifPresent(p -> p.onExit().orTimeout(120, TimeUnit.SECONDS).join()); // fails if it never stops
        assertNotEquals(old, pid(project), "the same daemon ran a client of another identity");
    }

    @Test
    void aRequestOfAnotherIdentityIsRefused() throws Exception {
        Path project = project("p");
        assertChecked(run(project, "check"));
        Reply reply = send(paths(project), new Request("another key", project.toString(), false, List.of("check"), Map.of()));
        assertEquals(Protocol.REFUSED, reply.type(), reply::toString);
        assertTrue(reply.text().startsWith("IDENTITY"), reply::toString);
    }

    @Test
    void ciNeverStartsOrUsesADaemon() throws Exception {
        for (String[] off : List.of(new String[]{"CI", "true"}, new String[]{"SAFEROLL_DAEMON", "off"})) {
            assertEquals(DaemonClient.RUN_HERE, DaemonClient.bypass(List.of("build"), Map.of(off[0], off[1])).map(why -> DaemonClient.RUN_HERE).orElse(0));
        }
        assertTrue(DaemonClient.bypass(List.of("build", "--no-daemon"), Map.of()).isPresent());
        assertTrue(DaemonClient.bypass(List.of("preview"), Map.of()).isPresent());
        assertTrue(DaemonClient.bypass(List.of("check", "--prose"), Map.of()).isPresent());
        assertFalse(DaemonClient.bypass(List.of("check", "--strict"), Map.of()).isPresent());
        assertFalse(DaemonClient.bypass(List.of("--strict"), Map.of()).isPresent(), "build is the default command");

        Path project = project("p");
        assertEquals(DaemonClient.RUN_HERE, run(project, env("CI", "true"), FLAGS, "build").status());
        assertFalse(Files.exists(paths(project).socket()), "CI=true started a daemon");

        assertChecked(run(project, "check"));
        long pid = pid(project);
        assertEquals(DaemonClient.RUN_HERE, run(project, env("CI", "true"), FLAGS, "check").status(), "CI=true used the running daemon");
        String key = new Launch(System.getProperty("java.home"), FLAGS, classpath()).key(project, env());
        Reply reply = send(paths(project), new Request(key, project.toString(), false, List.of("check"), Map.of("CI", "true")));
        assertEquals(Protocol.REFUSED, reply.type(), "the daemon ran a command from CI: " + reply);
        assertEquals(pid, pid(project));
    }

    @Test
    void theSocketAndItsFolderAreTheUsersAlone() throws Exception {
        Path project = project("p");
        assertChecked(run(project, "check"));
        DaemonPaths paths = paths(project);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(paths.dir())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(paths.socket())));
        run(project, "daemon", "stop");

        Files.setPosixFilePermissions(paths.dir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Run open = run(project, "check");
        assertEquals(DaemonClient.RUN_HERE, open.status(), "a client used a folder others can open");
        assertTrue(open.err().contains("can be opened by other users"), open::toString);
        assertFalse(Files.exists(paths.socket()), "a daemon was started in a folder others can open");
        Files.setPosixFilePermissions(paths.dir(), DaemonPaths.USER_ONLY_DIR);
    }

    @Test
    void aClientThatWentAwayDoesNotWedgeTheDaemon() throws Exception {
        Path project = project("p");
        assertChecked(run(project, "check"));
        long pid = pid(project);
        String key = new Launch(System.getProperty("java.home"), FLAGS, classpath()).key(project, env());
        try (SocketChannel gone = SocketChannel.open(UnixDomainSocketAddress.of(paths(project).socket()))) {
            new Request(key, project.toString(), false, List.of("build"), Map.of()).write(new DataOutputStream(Channels.newOutputStream(gone)));
        } // closed at once, as a client's Ctrl-C would
        assertBuilt(run(project, "build"));
        assertEquals(pid, pid(project), "the daemon is wedged or gone after a client went away");
    }

    @Test
    void aDaemonKilledMidBuildLeavesThePublishedSiteWhole() throws Exception {
        Path project = project("p");
        assertBuilt(run(project, "build"));
        Snapshot before = Snapshot.of(project);
        long pid = pid(project);
        Path page = project.resolve("content/techniques/thoracic-spine-roll.adoc");
        Files.writeString(page, Files.readString(page).replace("= Thoracic Spine Roll\n", "= Thoracic Spine Rolling\n"));
        String key = new Launch(System.getProperty("java.home"), FLAGS, classpath()).key(project, env());
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(paths(project).socket()))) {
            new Request(key, project.toString(), false, List.of("build"), Map.of()).write(new DataOutputStream(Channels.newOutputStream(client)));
            Path staging = project.resolve("target/site.staging");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(staging) && System.nanoTime() < deadline) {
                Thread.sleep(5); // waits for the bake to start writing, then kills the daemon in the middle of it
            }
            ProcessHandle daemon = ProcessHandle.of(pid).orElseThrow();
            daemon.destroyForcibly();
            daemon.onExit().orTimeout(120, TimeUnit.SECONDS).join();
        }
        assertEquals(before.tree(), Snapshot.of(project).tree(), "a daemon killed mid-build changed the published site");
        assertArrayEquals(before.zip(), Snapshot.of(project).zip(), "a daemon killed mid-build changed the zip");
        assertBuilt(run(project, "build")); // a fresh daemon, over the killed one's socket file and lock
        assertNotEquals(pid, pid(project));
        assertTrue(Files.readString(project.resolve("target/site/techniques/thoracic-spine-roll.html")).contains("Thoracic Spine Rolling"));
    }

    @Test
    void anIdleDaemonStops() throws Exception {
        Path project = project("p");
        assertEquals(0, run(project, env("SAFEROLL_DAEMON_IDLE", "1"), FLAGS, "check").status());
        DaemonPaths paths = paths(project);
        Matcher m = PID.matcher(Files.readString(paths.log()));
        assertTrue(m.find(), "the log names no pid");
        ProcessHandle.of(Long.parseLong(m.group(1))).ifPresent(p -> p.onExit().orTimeout(120, TimeUnit.SECONDS).join());
        assertTrue(Files.readString(paths.log()).contains("stopping: idle"), "it stopped, but not for being idle");
        assertFalse(Files.exists(paths.socket()), "the idle daemon left its socket");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private record Reply(byte type, String text) {
    }

    private static Reply send(DaemonPaths paths, Request request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(paths.socket()))) {
            request.write(new DataOutputStream(Channels.newOutputStream(channel)));
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            while (true) {
                byte type = in.readByte();
                if (type == Protocol.STDOUT || type == Protocol.STDERR) {
                    in.readNBytes(in.readInt());
                } else {
                    return new Reply(type, in.readUTF());
                }
            }
        }
    }
}
