package org.saferoll.daemon;

import org.saferoll.daemon.Protocol.Refusal;
import org.saferoll.daemon.Protocol.Replies;
import org.saferoll.daemon.Protocol.Request;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Answers one connection: {@code daemon status|stop} go to {@link Control}; a client of another
 * identity (new code, flags or pom.xml) stops this daemon so it can start a fresh one; another
 * project's or CI's command is refused; any other runs.
 */
final class Requests {
    private final Path project;
    private final String key;
    private final Control control;
    private final CommandRunner runner;
    private final Runnable stop;

    Requests(Path project, String key, Control control, CommandRunner runner, Runnable stop) {
        this.project = project;
        this.key = key;
        this.control = control;
        this.runner = runner;
        this.stop = stop;
    }

    void handle(SocketChannel client) {
        try (client) {
            Request request = Request.read(new DataInputStream(Channels.newInputStream(client)));
            Replies replies = new Replies(Channels.newOutputStream(client));
            if (!request.args().isEmpty() && request.args().get(0).equals("daemon")) {
                control.answer(request, replies);
            } else if (!request.key().equals(key)) {
                replies.refuse(Refusal.IDENTITY, "this daemon runs other code, flags or pom.xml; it stops");
                DaemonLog.log("stopping: a client of another identity came");
                stop.run();
            } else if (!request.cwd().equals(project.toString())) {
                replies.refuse(Refusal.PROJECT, "this daemon serves " + project);
            } else if (DaemonClient.bypass(request.args(), request.env()).isPresent()) {
                replies.refuse(Refusal.CI, "not for a daemon: " + DaemonClient.bypass(request.args(), request.env()).get());
            } else {
                runner.run(request, replies);
            }
        } catch (IOException | RuntimeException e) {
            DaemonLog.log("connection failed: " + e);
        }
    }
}
