package vn.congvu.personnel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.shared.Caller;
import vn.congvu.shared.Texts;
import vn.congvu.shared.web.Formats;

/**
 * The table of import jobs ({@code personnel.import_job}): a job's row created when its file is taken, its status,
 * progress and heartbeat while it runs, its end (counts, or the problems that failed it), and the job read back for
 * the account that started it. Each write is a statement of its own, committed at once, so that the job's page sees
 * it while the import's own transaction is still open.
 */
@Component
class ImportJobs {

	/** A problem stored with a job: message code and arguments, put into words when read. */
	record StoredError(int row, @Nullable String column, String code, List<String> args) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	/** A job whose worker has not been heard of for this long was cut off (a restart or a crash) and has failed. */
	private final Duration silentTooLong;

	/** When progress was last written: at most every half second, each write being a commit of its own. */
	private volatile long progressWritten;

	private final vn.congvu.shared.PrivateFiles files;

	ImportJobs(JdbcClient jdbc, JsonMapper json, MessageSource messages, Clock clock,
			@Value("${congvu.import.stale-after:3m}") Duration silentTooLong, vn.congvu.shared.PrivateFiles files) {
		this.files = files;
		this.jdbc = jdbc;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
		this.silentTooLong = silentTooLong;
	}

	/** A new job, queued, of the calling account. */
	void create(UUID id, @Nullable String fileName, String sha256, OfficialImport.Mode mode) {
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO personnel.import_job (id, file_name, file_sha256, mode, status, requested_by, requested_at,
				  heartbeat_at, runner)
				VALUES (:id, :name, :sha, :mode, 'QUEUED', :by, :at, :at, :runner)""")
			.param("runner", files.instance())
			.param("id", id)
			.param("name", Texts.clean(fileName).length() > 255 ? Texts.clean(fileName).substring(0, 255)
					: Texts.clean(fileName))
			.param("sha", sha256)
			.param("mode", mode.name())
			.param("by", Caller.currentUsername())
			.param("at", now)
			.update();
	}

	/** The job, if the caller started it; messages in {@code locale}. */
	Optional<OfficialImport.JobView> job(UUID id, Locale locale) {
		return jdbc.sql("SELECT * FROM personnel.import_job WHERE id = :id AND requested_by = :by")
			.param("id", id)
			.param("by", Caller.currentUsername())
			.query((rs, n) -> {
				var status = rs.getString("status");
				var heartbeat = rs.getTimestamp("heartbeat_at").toInstant();
				List<StoredError> stored = json.readValue(rs.getString("errors"), new TypeReference<List<StoredError>>() {
				});
				int errorCount = rs.getInt("error_count");
				if (!"SUCCEEDED".equals(status) && !"FAILED".equals(status)
						&& heartbeat.plus(silentTooLong).isBefore(clock.instant())) {
					status = "FAILED";
					stored = List.of(new StoredError(0, null, "import.failed.interrupted", List.of()));
					errorCount = 1;
				}
				var errors = stored.stream()
					.map(e -> new OfficialImport.ImportError(e.row(),
							e.column() == null ? null : header(e.column(), locale),
							messages.getMessage(e.code(), e.args().toArray(), e.code(), locale)))
					.toList();
				var finished = rs.getTimestamp("finished_at");
				return new OfficialImport.JobView(id, rs.getString("file_name"),
						OfficialImport.Mode.valueOf(rs.getString("mode")), status, rs.getInt("processed"),
						(Integer) rs.getObject("total"), rs.getInt("created"), rs.getInt("updated"),
						rs.getInt("unchanged"), errorCount, errors, rs.getTimestamp("requested_at").toInstant(),
						finished == null ? null : finished.toInstant());
			})
			.optional();
	}

	private static String header(String column, Locale locale) {
		try {
			var c = ImportColumn.valueOf(column);
			return "en".equals(locale.getLanguage()) ? c.englishHeader() : c.header();
		}
		catch (IllegalArgumentException ex) {
			return column;
		}
	}

	// ----------------------------------------------------------------------------------------------- job progress

	void status(UUID id, String status, int processed, @Nullable Integer total) {
		jdbc.sql("""
				UPDATE personnel.import_job SET status = :status, processed = :processed, total = :total,
				  heartbeat_at = :now WHERE id = :id""")
			.param("id", id)
			.param("status", status)
			.param("processed", processed)
			.param("total", total)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Tells that the job is alive while it waits for its writing; at most every half second. */
	void heartbeat(UUID id, int processed) {
		long now = System.nanoTime();
		if (now - progressWritten < 500_000_000L) {
			return;
		}
		progressWritten = now;
		jdbc.sql("UPDATE personnel.import_job SET processed = :processed, heartbeat_at = :now WHERE id = :id")
			.param("id", id)
			.param("processed", processed)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	void progress(UUID id, String status, int processed, @Nullable Integer total) {
		long now = System.nanoTime();
		if (now - progressWritten < 500_000_000L) {
			return;
		}
		progressWritten = now;
		status(id, status, processed, total);
	}

	/** The job is done: all of its {@code total} rows written, {@code created} and {@code updated} of them. */
	void succeeded(UUID id, int total, int created, int updated) {
		jdbc.sql("""
				UPDATE personnel.import_job SET status = 'SUCCEEDED', processed = :total, total = :total,
				  created = :created, updated = :updated, unchanged = :unchanged, heartbeat_at = :now,
				  finished_at = :now
				WHERE id = :id""")
			.param("id", id)
			.param("total", total)
			.param("created", created)
			.param("updated", updated)
			.param("unchanged", total - created - updated)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Fails the unfinished jobs of the applications on this host that were killed or crashed (their upload went with
	 * their private folder, removed at this start): they read "interrupted" at once, not after {@code stale-after}.
	 * The number failed.
	 */
	int failAbandoned() {
		if (files.abandoned().isEmpty()) {
			return 0;
		}
		var now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				UPDATE personnel.import_job SET status = 'FAILED', errors = CAST(:errors AS jsonb), error_count = 1,
				  heartbeat_at = :now, finished_at = :now
				WHERE status NOT IN ('SUCCEEDED', 'FAILED') AND runner = ANY(:runners)""")
			.param("errors", json.writeValueAsString(
					List.of(new StoredError(0, null, "import.failed.interrupted", List.of()))))
			.param("now", now)
			.param("runners", files.abandoned().toArray(String[]::new))
			.update();
	}

	void fail(UUID id, List<StoredError> errors, int count) {
		jdbc.sql("""
				UPDATE personnel.import_job SET status = 'FAILED', errors = CAST(:errors AS jsonb), error_count = :count,
				  heartbeat_at = :now, finished_at = :now WHERE id = :id""")
			.param("id", id)
			.param("errors", json.writeValueAsString(errors))
			.param("count", count)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** An exception's arguments as a stored problem keeps them: dates as the pages write them, the rest as text. */
	static List<String> strings(Object[] arguments) {
		var list = new ArrayList<String>(arguments.length);
		for (var a : arguments) {
			list.add(a instanceof LocalDate d ? Formats.DATE.format(d) : String.valueOf(a));
		}
		return list;
	}

}
