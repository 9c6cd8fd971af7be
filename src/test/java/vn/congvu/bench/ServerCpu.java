package vn.congvu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU the server has used so far, in nanoseconds: the application's process (its pid in
 * {@code -Dcongvu.bench.app-pid}) and the embedded PostgreSQL's (the postmaster of the data folder in
 * {@code -Dcongvu.bench.data-dir} and its backends), read from Linux's {@code /proc}.
 */
record ServerCpu(long application, long database) {

	/** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
	private static final long TICK_NANOS = 10_000_000L;

	long total() {
		return application + database;
	}

	static ServerCpu now() throws IOException {
		long app = ticks(Long.parseLong(System.getProperty("congvu.bench.app-pid", "0")));
		var pidFile = Path.of(System.getProperty("congvu.bench.data-dir"), "pg", "postmaster.pid");
		long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		long database = ticks(postmaster) + ProcessHandle.of(postmaster)
			.map(p -> p.descendants().mapToLong(d -> ticks(d.pid())).sum())
			.orElse(0L);
		return new ServerCpu(app * TICK_NANOS, database * TICK_NANOS);
	}

	/** User and system ticks of a process, 0 when it is gone. */
	private static long ticks(long pid) {
		try {
			var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are the 14th and 15th fields, the 12th and 13th after the command
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
