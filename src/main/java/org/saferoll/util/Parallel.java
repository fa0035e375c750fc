package org.saferoll.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/** Work on a bounded number of threads, in a pool of its own so a build never takes the whole machine. */
public final class Parallel {
    private Parallel() {
    }

    /** A step that may fail reading or writing a file. */
    @FunctionalInterface
    public interface IoFunction<T, R> {
        R apply(T item) throws IOException;
    }

    /** Maps {@code items} on {@code threads} threads (1: on this one), keeping their order. */
    public static <T, R> List<R> map(List<T> items, int threads, IoFunction<T, R> work) throws IOException {
        Function<T, R> unchecked = item -> {
            try {
                return work.apply(item);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            if (threads <= 1) {
                return items.stream().map(unchecked).toList();
            }
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                return pool.submit(() -> items.parallelStream().map(unchecked).toList()).join();
            } finally {
                pool.shutdown();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
