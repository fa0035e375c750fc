package org.saferoll.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What client and daemon say over the socket. The client sends one {@link Request}; the daemon
 * answers with frames: a type byte, then stdout or stderr bytes, and last the exit status, or a
 * refusal (another identity, CI) after which the client runs the command itself.
 */
final class Protocol {
    static final int VERSION = 1;
    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;

    /** Why a daemon refused; the client decides from it what to do next. */
    enum Refusal { IDENTITY, CI, PROJECT, VERSION }

    /** Environment variables the build reads, handed over with each command. */
    static boolean handedOver(String name) {
        return name.startsWith("GITHUB_") || List.of("CI", Identity.PROCESS_ENV, "NO_COLOR", "TERM").contains(name);
    }

    private Protocol() {
    }

    /**
     * One command for the daemon.
     *
     * @param key      the client's {@link Identity} key
     * @param cwd      the client's working folder, the project's real path
     * @param terminal whether the client's stdout is a terminal
     * @param args     the command line, as typed
     * @param env      the handed-over environment variables
     */
    record Request(String key, String cwd, boolean terminal, List<String> args, Map<String, String> env) {
        void write(DataOutputStream out) throws IOException {
            out.writeInt(VERSION);
            out.writeUTF(key);
            out.writeUTF(cwd);
            out.writeBoolean(terminal);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.writeInt(env.size());
            for (Map.Entry<String, String> e : env.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.flush();
        }

        /** Reads a request; a client of another protocol version gets a key that matches no daemon. */
        static Request read(DataInputStream in) throws IOException {
            int version = in.readInt();
            String key = in.readUTF();
            String cwd = in.readUTF();
            boolean terminal = in.readBoolean();
            List<String> args = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                args.add(in.readUTF());
            }
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                env.put(in.readUTF(), in.readUTF());
            }
            return new Request(version == VERSION ? key : "protocol " + version, cwd, terminal, List.copyOf(args), env);
        }
    }

    /**
     * The daemon's side of one connection: writes are frames, and a client that went away (Ctrl-C)
     * only makes them no-ops, so the command still finishes and the daemon stays usable.
     */
    static final class Replies {
        private final DataOutputStream out;
        private boolean gone;

        Replies(OutputStream out) {
            this.out = new DataOutputStream(out);
        }

        synchronized void bytes(byte type, byte[] b, int off, int len) {
            if (len == 0 || gone) {
                return;
            }
            try {
                out.writeByte(type);
                out.writeInt(len);
                out.write(b, off, len);
                out.flush();
            } catch (IOException e) {
                gone = true;
            }
        }

        /** A line of the daemon's own on the client's stdout. */
        void println(String text) {
            byte[] b = (text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            bytes(STDOUT, b, 0, b.length);
        }

        synchronized void exit(int status) {
            frame(EXIT, Integer.toString(status));
        }

        synchronized void refuse(Refusal why, String message) {
            frame(REFUSED, why + " " + message);
        }

        private void frame(byte type, String text) {
            if (gone) {
                return;
            }
            try {
                out.writeByte(type);
                out.writeUTF(text);
                out.flush();
            } catch (IOException e) {
                gone = true;
            }
        }

        /** A stream the command prints to, framed as {@code type}. */
        OutputStream stream(byte type) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes(type, b, off, len);
                }
            };
        }
    }
}
