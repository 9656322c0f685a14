package dev.shelfwise.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of processes from {@code /proc/<pid>/stat} (utime + stime, in clock ticks of 1/100 s). CPU seconds
 * per order hardly depend on what else runs on the machine, wall-clock rates do: the bench reports both.
 */
final class CpuTime {
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /** CPU seconds of one process (its threads included), or NaN when it is gone. */
    static double of(long pid) {
        long[] fields = stat(pid);
        return fields == null ? Double.NaN : (fields[0] + fields[1]) / TICKS_PER_SECOND;
    }

    /** The pid written in a PID file (first line), or -1. */
    static long pidFile(Path file) {
        try {
            return Long.parseLong(Files.readAllLines(file).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU seconds of a process and all its children, live ones and ended ones (whose time the kernel adds to the
     * parent's cutime/cstime once reaped): the PostgreSQL postmaster and its backends.
     */
    static double tree(long parent) {
        long[] own = stat(parent);
        if (own == null) {
            return Double.NaN;
        }
        double ticks = own[0] + own[1] + own[2] + own[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] child = stat(Long.parseLong(name));
                if (child != null && child[4] == parent) {
                    ticks += child[0] + child[1];
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** {utime, stime, cutime, cstime, ppid} or null. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name may contain spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]),
                    Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
