package io.clausewatch.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Pid files of the processes a run started. A run that was killed outright (SIGKILL) cannot stop
 * its children; the next run in the same data directory stops them before starting.
 */
final class StaleProcesses {

    private StaleProcesses() {}

    static void record(Path runDir, String name, long pid) {
        try {
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve(name + ".pid"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pid of a runner still alive in this data directory, or 0. */
    static long runningRunner(Path runDir) {
        Path pidFile = runDir.resolve("runner.pid");
        try {
            if (!Files.exists(pidFile)) {
                return 0;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    static void killRecorded(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            files.filter(f -> f.toString().endsWith(".pid")).forEach(StaleProcesses::kill);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void clear(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            files.forEach(
                    f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            // best effort at shutdown
                        }
                    });
        } catch (IOException e) {
            // best effort at shutdown
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the port check that follows names whatever still holds a port
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void kill(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                    .ifPresent(
                            p -> {
                                System.out.println(
                                        "Stopping a process left by an earlier run: " + pid);
                                List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
                                all.add(p);
                                all.forEach(ProcessHandle::destroyForcibly);
                                // its ports are free only once it is gone
                                all.forEach(StaleProcesses::awaitExit);
                            });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // an unreadable pid file names no process
        }
    }
}
