package org.saferoll.daemon;

import org.saferoll.daemon.Protocol.Request;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The writer's side of the daemon, started by {@code ./saferoll} for {@code build}, {@code check}
 * and {@code daemon status|stop}: it hands the command to this project's daemon, starting one in the
 * background when none is up, streams back what the command prints and exits with its status. It
 * exits with {@link #RUN_HERE} when the command should run in a fresh process instead (CI, turned
 * off, a folder others can open); the launcher then runs it so. Only JDK classes, so it starts fast.
 *
 * <p>The launcher passes the daemon's classpath and JVM flags as the system properties
 * {@code saferoll.daemon.classpath} and {@code saferoll.daemon.flags}.
 */
public final class DaemonClient {
    /** Exit status asking the launcher to run the command in a fresh process. */
    public static final int RUN_HERE = 200;
    private static final int INTERNAL = 3;

    private final Launch launch;
    private final Path project;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    DaemonClient(Launch launch, Path project, Map<String, String> env, PrintStream out, PrintStream err) {
        this.launch = launch;
        this.project = project;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws IOException {
        Path cwd = Path.of("").toRealPath();
        System.exit(new DaemonClient(Launch.fromSystemProperties(), cwd, System.getenv(), System.out, System.err)
                .run(List.of(args), System.console() != null));
    }

    /**
     * Why {@code args} must not go to a daemon, if so: under {@code CI=true} (a CI build is one
     * fresh, reproducible process), with {@code SAFEROLL_DAEMON=off} or {@code --no-daemon}, with
     * {@code --prose}, on Windows, and for every command but {@code build} and {@code check}.
     */
    static Optional<String> bypass(List<String> args, Map<String, String> env) {
        if ("true".equalsIgnoreCase(env.get("CI"))) {
            return Optional.of("CI=true");
        }
        if ("off".equalsIgnoreCase(env.get("SAFEROLL_DAEMON"))) {
            return Optional.of("SAFEROLL_DAEMON=off");
        }
        if (args.contains("--no-daemon")) {
            return Optional.of("--no-daemon");
        }
        if (args.contains("--prose")) {
            return Optional.of("--prose"); // LanguageTool comes from a classpath of its own (target/prose-classpath.txt), outside the identity
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return Optional.of("Windows");
        }
        String command = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("build");
        return List.of("build", "check").contains(command) && !args.contains("--help") && !args.contains("-h")
                ? Optional.empty() : Optional.of("the " + command + " command");
    }

    int run(List<String> args, boolean terminal) throws IOException {
        boolean control = !args.isEmpty() && args.get(0).equals("daemon");
        if (!control && bypass(args, env).isPresent()) {
            return RUN_HERE;
        }
        DaemonPaths paths;
        try {
            paths = DaemonPaths.of(project, env).secured();
        } catch (DaemonPaths.UnsafeFolderException e) {
            err.println("saferoll: not using the build daemon: " + e.getMessage());
            return control ? INTERNAL : RUN_HERE;
        }
        if (control) {
            return control(args, paths, terminal);
        }
        Request request = new Request(launch.key(project, env), project.toString(), terminal, args, handedOver());
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<SocketChannel> channel = Sockets.connect(paths);
            if (channel.isEmpty()) {
                channel = Sockets.start(launch, project, env, paths, err);
            }
            if (channel.isEmpty()) {
                return RUN_HERE;
            }
            Answer answer = send(channel.get(), request);
            if (answer.refusal() == null) {
                return answer.status();
            }
            if (answer.refusal() != Protocol.Refusal.IDENTITY) {
                return RUN_HERE;
            }
            Sockets.awaitGone(paths); // it stops on refusing another identity; the next attempt starts one of ours
        }
        return RUN_HERE;
    }

    /** {@code daemon status} and {@code daemon stop}: answered by the daemon whatever its identity. */
    private int control(List<String> args, DaemonPaths paths, boolean terminal) throws IOException {
        String what = args.size() == 2 ? args.get(1) : "";
        if (!what.equals("status") && !what.equals("stop")) {
            err.println("saferoll: usage: saferoll daemon status|stop");
            return 2;
        }
        Optional<SocketChannel> channel = Sockets.connect(paths);
        if (channel.isEmpty()) {
            out.println("No build daemon is running for " + project);
            return what.equals("stop") ? 0 : 1;
        }
        Answer answer = send(channel.get(), new Request(launch.key(project, env), project.toString(), terminal, args, handedOver()));
        if (what.equals("stop")) {
            Sockets.awaitGone(paths);
        }
        if (answer.refusal() != null) { // it was stopping already
            out.println("No build daemon is running for " + project);
            return what.equals("stop") ? 0 : 1;
        }
        return answer.status();
    }

    private Map<String, String> handedOver() {
        Map<String, String> handed = new TreeMap<>();
        env.forEach((name, value) -> {
            if (Protocol.handedOver(name)) {
                handed.put(name, value);
            }
        });
        return handed;
    }

    /** The daemon's answer: an exit status, or a refusal. */
    private record Answer(int status, Protocol.Refusal refusal) {
    }

    private Answer send(SocketChannel channel, Request request) throws IOException {
        try (channel) {
            request.write(new DataOutputStream(Channels.newOutputStream(channel)));
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            boolean answered = false;
            while (true) {
                int type;
                try {
                    type = in.read();
                } catch (IOException reset) {
                    if (answered) {
                        throw reset;
                    }
                    // it was stopping as this client connected (its pending connections are reset): wait for it to go, start anew
                    return new Answer(RUN_HERE, Protocol.Refusal.IDENTITY);
                }
                answered = true;
                switch (type) {
                    case Protocol.STDOUT, Protocol.STDERR -> {
                        byte[] bytes = in.readNBytes(in.readInt());
                        PrintStream to = type == Protocol.STDOUT ? out : err;
                        to.write(bytes, 0, bytes.length);
                        to.flush();
                    }
                    case Protocol.EXIT -> {
                        return new Answer(Integer.parseInt(in.readUTF()), null);
                    }
                    case Protocol.REFUSED -> {
                        String reason = in.readUTF();
                        return new Answer(RUN_HERE, Protocol.Refusal.valueOf(reason.substring(0, reason.indexOf(' '))));
                    }
                    default -> {
                        err.println("saferoll: the build daemon stopped before the command finished; a build it stopped "
                                + "published nothing half-written. Run the command again.");
                        return new Answer(INTERNAL, null);
                    }
                }
            }
        }
    }
}
