package org.saferoll.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves a built site under a sub-path (such as {@code /saferoll/}) on the loopback address only,
 * the way GitHub Pages serves it under a repository name. Uses the JDK's own HTTP server.
 */
public final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "png", "image/png", "zip", "application/zip");

    /** Lets the preview change pages on their way out (to add its reload script). */
    public interface Filter {
        byte[] apply(String path, byte[] body);
    }

    private final HttpServer server;
    private final String prefix;

    /**
     * @param root   supplies the folder to serve; asked per request, so the preview can swap it
     * @param prefix the sub-path, e.g. {@code /saferoll/}
     * @param port   0 for any free port
     */
    public StaticSite(Supplier<Path> root, String prefix, int port, Filter filter) throws IOException {
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // Cached threads: live-reload connections stay open for as long as a tab is.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "saferoll-http");
            t.setDaemon(true);
            return t;
        }));
        createContext("/", exchange -> serve(exchange, root.get(), filter));
    }

    /**
     * Adds a handler that answers only requests addressed to this server by name: a page of any
     * other site could otherwise reach it through DNS rebinding (its own name, our address).
     */
    public void createContext(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
                    plain(exchange, 403, "This preview answers only http://127.0.0.1:" + port() + "/ and http://localhost:" + port() + "/");
                    return;
                }
                handler.handle(exchange);
            }
        });
    }

    private int port() {
        return server.getAddress().getPort();
    }

    boolean hostAllowed(String host) {
        return host != null && (host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port()));
    }

    private static void plain(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public HttpServer server() {
        return server;
    }

    public void start() {
        server.start();
    }

    /** The site's base URL, e.g. {@code http://127.0.0.1:8820/saferoll/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(HttpExchange exchange, Path root, Filter filter) throws IOException {
        String path;
        try {
            path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = "\0"; // a malformed escape such as %zz
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || path.contains("\\")) {
            plain(exchange, 400, "Bad request: the path holds a control character or a malformed escape");
            return;
        }
        if (path.equals(prefix.substring(0, prefix.length() - 1))) {
            exchange.getResponseHeaders().set("Location", prefix);
            exchange.sendResponseHeaders(301, -1);
            return;
        }
        Path file = null;
        if (path.startsWith(prefix)) {
            String relative = path.substring(prefix.length());
            if (!relative.isEmpty() && !relative.endsWith("/") && Files.isRegularFile(root.resolve(relative).normalize().resolve("index.html"))
                    && root.resolve(relative).normalize().startsWith(root)) {
                // A folder asked for without its slash: relative links inside it only work from the slashed address.
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (relative.isEmpty() || relative.endsWith("/")) {
                relative += "index.html";
            }
            Path candidate = root.resolve(relative).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate) && org.saferoll.util.Trees.insideReal(root, candidate)) {
                file = candidate;
            }
        }
        int status = 200;
        if (file == null) {
            status = 404;
            file = root.resolve("404.html");
        }
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes(StandardCharsets.UTF_8);
        if (filter != null && file.toString().endsWith(".html")) {
            body = filter.apply(path, body);
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            // A length here makes the JDK print a warning into the writer's console; HEAD has no body anyway.
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
