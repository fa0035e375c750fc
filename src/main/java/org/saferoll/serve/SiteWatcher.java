package org.saferoll.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the writer's folders (recursively, new folders included) and calls back once a burst
 * of changes has settled, so that saving several files triggers one rebuild.
 */
final class SiteWatcher implements AutoCloseable {
    private static final long SETTLE_MS = 40;

    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Path projectFile;
    private final Runnable onChange;
    private final Thread thread;

    /**
     * @param folders     folders to watch with everything below them
     * @param projectFile a single file to watch as well (jbake.properties)
     * @param onChange    called on the watcher's own thread after each settled burst
     */
    SiteWatcher(List<Path> folders, Path projectFile, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.projectFile = projectFile;
        this.onChange = onChange;
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                registerTree(folder);
            }
        }
        keys.put(projectFile.getParent().register(service, kinds()), projectFile.getParent());
        this.thread = new Thread(this::loop, "saferoll-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private static WatchEvent.Kind<?>[] kinds() {
        return new WatchEvent.Kind<?>[]{StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE};
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                keys.put(dir.register(service, kinds()), dir);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = handle(key);
                // Let a burst of saves settle into one rebuild.
                for (WatchKey more = service.poll(SETTLE_MS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private boolean handle(WatchKey key) {
        Path dir = keys.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) {
                relevant = true; // overflow: rebuild to be safe
                continue;
            }
            Path changed = dir.resolve(name);
            if (dir.equals(projectFile.getParent())) {
                relevant |= changed.equals(projectFile);
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // the folder vanished again; the next event will tell
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return relevant;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
        // A rebuild already running goes on writing under target/; whoever closes the preview
        // (a test deleting its folder, the server closing the pipeline) must find it finished.
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How long closing waits for a rebuild in progress: far longer than one takes. */
    private static final long CLOSE_WAIT_MS = 120_000;
}
