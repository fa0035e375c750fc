package org.saferoll.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's server is reachable from any page the writer's browser opens: it answers only its own name and its own folder. */
class StaticSiteTest {
    @TempDir
    Path tmp;

    /** One raw request, so the test controls the Host header and the exact bytes of the path. */
    private static String request(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void answersOnlyItsOwnHostRejectsMalformedPathsAndNeverLeavesItsFolder() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(root.resolve("index.html"), "<p>home</p>");
        Files.writeString(root.resolve("404.html"), "<p>not here</p>");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "OUTSIDE-THE-ROOT");
        Files.createSymbolicLink(root.resolve("leak.html"), secret);
        Files.createSymbolicLink(root.resolve("folder"), tmp);
        try (StaticSite site = new StaticSite(() -> root, "/saferoll/", 0, null)) {
            site.start();
            int port = site.server().getAddress().getPort();
            assertTrue(request(port, "/saferoll/index.html", "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
            assertTrue(request(port, "/saferoll/index.html", "localhost:" + port).startsWith("HTTP/1.1 200"));
            for (String host : new String[]{"evil.example:" + port, "127.0.0.1", "localhost:1", "127.0.0.1:" + port + ".evil.example"}) {
                String answer = request(port, "/saferoll/index.html", host);
                assertTrue(answer.startsWith("HTTP/1.1 403"), host + ": " + answer);
                assertFalse(answer.contains("home"), host);
            }
            for (String path : new String[]{"/saferoll/index.html%00.txt", "/saferoll/%0a", "/saferoll/%zz"}) {
                assertTrue(request(port, path, "127.0.0.1:" + port).startsWith("HTTP/1.1 400"), path);
            }
            for (String path : new String[]{"/saferoll/leak.html", "/saferoll/folder/secret.txt", "/saferoll/../secret.txt",
                    "/saferoll/%2e%2e/secret.txt"}) {
                String answer = request(port, path, "127.0.0.1:" + port);
                assertFalse(answer.contains("OUTSIDE-THE-ROOT"), path + ": " + answer);
            }
            assertEquals(-1, request(port, "/saferoll/leak.html", "127.0.0.1:" + port).indexOf("200 OK"), "a link out of the folder is not found");
        }
    }
}
