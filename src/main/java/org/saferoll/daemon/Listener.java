package org.saferoll.daemon;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** The daemon's socket (user-only): accepts connections, each on a thread of its own, until closed. */
final class Listener implements AutoCloseable {
    private final ServerSocketChannel server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> DaemonServer.daemonThread(r, "saferoll-connection"));

    private Listener(ServerSocketChannel server) {
        this.server = server;
    }

    /** Listens on {@code socket}, replacing the file a killed daemon left there. */
    static Listener bind(Path socket) throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, DaemonPaths.USER_ONLY_FILE);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return new Listener(server);
    }

    /** Hands each connection to {@code handler} until {@link #close} is called. */
    void acceptUntilClosed(Consumer<SocketChannel> handler) throws IOException {
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException stopped) {
                return;
            }
            connections.execute(() -> handler.accept(client));
        }
    }

    /** Stops accepting; connections already accepted are answered. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            DaemonLog.log("closing the socket: " + e);
        }
    }
}
