package vn.congvu.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.audit.AuditTrail;
import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.ReferenceItem;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitVersionView;
import vn.congvu.shared.Caller;
import vn.congvu.shared.CitizenId;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.Texts;
import vn.congvu.shared.VietnameseOrder;
import vn.congvu.shared.documents.TableReader;
import vn.congvu.shared.web.Formats;

/**
 * Imports officials from an XLSX or CSV file (the template's columns, {@link ImportColumn}), in the background: reads
 * the file row by row, checks every row against the same rules as a single enrolment, and then writes all of the file
 * in one transaction, or, if any row is wrong, nothing, with every wrong row reported by row, column and reason.
 * Importing the same file again changes nothing and says so; changing existing records is an explicit mode, and
 * changes personal details only (a career changes by decisions). A job is seen by the account that started it.
 */
@Service
public class OfficialImport implements DisposableBean {

	/** {@code CREATE} adds new officials only; {@code UPDATE} also changes the personal details of existing ones. */
	public enum Mode {

		CREATE, UPDATE

	}

	public record ImportError(int row, @Nullable String column, String message) {
	}

	public record JobView(UUID id, String fileName, Mode mode, String status, int processed, @Nullable Integer total,
			int created, int updated, int unchanged, int errorCount, List<ImportError> errors, Instant requestedAt,
			@Nullable Instant finishedAt) {

		public boolean finished() {
			return "SUCCEEDED".equals(status) || "FAILED".equals(status);
		}

		/**
		 * How far the job is, 0 to 100. Rows are read, checked and written as they come, so the rows written (or,
		 * before any is, the rows read) against the rows the file has tell it; the commit is the last few percent.
		 */
		public int percent() {
			if (finished()) {
				return 100;
			}
			int of = total == null || total == 0 ? 0 : Math.min(100, processed * 100 / total);
			return switch (status) {
				case "QUEUED" -> 0;
				case "READING", "CHECKING" -> Math.max(2, of * 90 / 100);
				default -> Math.max(5, of * 95 / 100);
			};
		}

	}

	/** A problem stored with a job: message code and arguments, put into words when read. */
	record StoredError(int row, @Nullable String column, String code, List<String> args) {
	}

	private static final Logger log = LoggerFactory.getLogger(OfficialImport.class);

	private static final int MAX_STORED_ERRORS = 1000;

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** A citizen id typed as a number: its leading zeros gone. */
	private static final Pattern LOST_ZEROS = Pattern.compile("[1-9]\\d{9,10}");


	private final PersonnelScope scope;

	private final PersonnelRegistry registry;

	private final OfficialReach reach;

	private final BulkWriter bulk;

	private final Officials officials;

	private final Catalog catalog;

	private final UnitDirectory units;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MessageSource messages;

	private final TransactionTemplate writing;

	private final Clock clock;

	private final long maxFileBytes;

	private final jakarta.persistence.EntityManager entityManager;

	private final int maxRows;

	/** A job whose worker has not been heard of for this long was cut off (a restart or a crash) and has failed. */
	private final Duration silentTooLong;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		var thread = new Thread(r, "official-import");
		thread.setDaemon(true);
		return thread;
	});

	/** Writes what the import's thread has checked, while it reads on. */
	private final ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
		var thread = new Thread(r, "official-import-writer");
		thread.setDaemon(true);
		return thread;
	});

	private final org.springframework.context.ApplicationEventPublisher events;

	OfficialImport(PersonnelScope scope, PersonnelRegistry registry, OfficialReach reach, BulkWriter bulk, Officials officials,
			Catalog catalog, UnitDirectory units, AuditTrail audit, JdbcClient jdbc, JsonMapper json,
			MessageSource messages, PlatformTransactionManager transactions, Clock clock,
			jakarta.persistence.EntityManager entityManager,
			@Value("${congvu.import.max-file-bytes:26214400}") long maxFileBytes,
			@Value("${congvu.import.max-rows:100000}") int maxRows,
			@Value("${congvu.import.stale-after:3m}") Duration silentTooLong,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.scope = scope;
		this.entityManager = entityManager;
		this.registry = registry;
		this.reach = reach;
		this.bulk = bulk;
		this.officials = officials;
		this.catalog = catalog;
		this.units = units;
		this.audit = audit;
		this.jdbc = jdbc;
		this.json = json;
		this.messages = messages;
		this.writing = new TransactionTemplate(transactions);
		this.clock = clock;
		this.maxFileBytes = maxFileBytes;
		this.maxRows = maxRows;
		this.silentTooLong = silentTooLong;
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
		writerThread.shutdownNow();
	}

	/**
	 * Takes a file and starts importing it in the background; returns the job's id at once. A file that is too big
	 * or of another kind is refused here, before any job starts.
	 */
	public UUID start(@Nullable String fileName, InputStream content, @Nullable Mode mode) {
		scope.writable();
		var format = TableReader.Format.ofName(fileName);
		if (format == null) {
			throw new InvalidInputException("file", "import.file.kind");
		}
		Path file;
		String sha256;
		try {
			file = Files.createTempFile("congvu-import-", format == TableReader.Format.XLSX ? ".xlsx" : ".csv");
			var digest = MessageDigest.getInstance("SHA-256");
			try (var in = new DigestInputStream(content, digest)) {
				Files.copy(new LimitedInputStream(in, maxFileBytes), file, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (LimitedInputStream.TooLong ex) {
				Files.deleteIfExists(file);
				throw new InvalidInputException("file", "import.file.tooBig", maxFileBytes / (1024 * 1024));
			}
			if (Files.size(file) == 0) {
				Files.deleteIfExists(file);
				throw new InvalidInputException("file", "import.file.empty");
			}
			sha256 = HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		var id = UUID.randomUUID();
		var chosen = mode == null ? Mode.CREATE : mode;
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO personnel.import_job (id, file_name, file_sha256, mode, status, requested_by, requested_at,
				  heartbeat_at)
				VALUES (:id, :name, :sha, :mode, 'QUEUED', :by, :at, :at)""")
			.param("id", id)
			.param("name", Texts.clean(fileName).length() > 255 ? Texts.clean(fileName).substring(0, 255)
					: Texts.clean(fileName))
			.param("sha", sha256)
			.param("mode", chosen.name())
			.param("by", Caller.currentUsername())
			.param("at", now)
			.update();
		var context = SecurityContextHolder.getContext();
		try {
			worker.submit(() -> {
				SecurityContextHolder.setContext(context);
				try {
					run(id, file, format, chosen);
				}
				finally {
					SecurityContextHolder.clearContext();
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException ex) {
						log.warn("Could not delete {}", file, ex);
					}
				}
			});
		}
		catch (RejectedExecutionException ex) {
			fail(id, List.of(new StoredError(0, null, "import.failed.unexpected", List.of())), 1);
		}
		return id;
	}

	/** The job, if the caller started it; messages in {@code locale}. */
	public Optional<JobView> job(UUID id, Locale locale) {
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
					.map(e -> new ImportError(e.row(), e.column() == null ? null : header(e.column(), locale),
							messages.getMessage(e.code(), e.args().toArray(), e.code(), locale)))
					.toList();
				var finished = rs.getTimestamp("finished_at");
				return new JobView(id, rs.getString("file_name"), Mode.valueOf(rs.getString("mode")), status,
						rs.getInt("processed"), (Integer) rs.getObject("total"), rs.getInt("created"),
						rs.getInt("updated"), rs.getInt("unchanged"), errorCount, errors,
						rs.getTimestamp("requested_at").toInstant(), finished == null ? null : finished.toInstant());
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

	// ---------------------------------------------------------------------------------------------- the job itself

	/** A data row as read: its number in the file and its cells by column (absent columns are not in the map). */
	private record Row(int number, Map<ImportColumn, String> cells) {

		String get(ImportColumn column) {
			return cells.getOrDefault(column, "");
		}

		boolean has(ImportColumn column) {
			return cells.containsKey(column);
		}

	}

	/** What a checked row will do. */
	private record Checked(Row row, BulkWriter.@Nullable Person person, @Nullable Long updateId) {
	}

	/** Rows checked together: one query for the records that exist, one COPY of the new ones. */
	private static final int CHUNK = 2500;

	private void run(UUID id, Path file, TableReader.Format format, Mode mode) {
		var writer = new Writer(id, mode, SecurityContextHolder.getContext());
		try {
			long started = System.nanoTime();
			status(id, "READING", 0, null);
			var reading = new Reading(id, mode, writer);
			TableReader.read(file, format, reading);
			reading.end();
			long read = System.nanoTime();
			if (reading.errorTotal > 0) {
				writer.abort();
				fail(id, reading.errors, reading.errorTotal);
				return;
			}
			status(id, "WRITING", writer.written(), reading.rowCount);
			var counts = writer.finish();
			log.info("Import {}: {} rows read and checked in {} ms (writing alongside), all written {} ms later", id,
					reading.rowCount, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
			jdbc.sql("""
					UPDATE personnel.import_job SET status = 'SUCCEEDED', processed = :total, total = :total,
					  created = :created, updated = :updated, unchanged = :unchanged, heartbeat_at = :now,
					  finished_at = :now
					WHERE id = :id""")
				.param("id", id)
				.param("total", reading.rowCount)
				.param("created", counts[0])
				.param("updated", counts[1])
				.param("unchanged", reading.rowCount - counts[0] - counts[1])
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		catch (InvalidInputException ex) {
			writer.abort();
			fail(id, List.of(new StoredError(0, null, ex.messageCode(), strings(ex.arguments()))), 1);
		}
		catch (DomainException ex) {
			writer.abort();
			fail(id, List.of(new StoredError(0, null, ex.messageCode(), strings(ex.arguments()))), 1);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			writer.abort();
			log.warn("Import {} refused by the database", id, ex);
			fail(id, List.of(new StoredError(0, null, "import.failed.concurrent", List.of())), 1);
		}
		catch (RuntimeException | Error ex) {
			// an Error too (out of memory, say): the writing must not be left waiting with its transaction open
			writer.abort();
			log.error("Import {} failed", id, ex);
			fail(id, List.of(new StoredError(0, null, "import.failed.unexpected", List.of())), 1);
			if (ex instanceof Error error) {
				throw error;
			}
		}
	}

	/**
	 * Reads the file row by row and checks the rows a chunk at a time; while no row has been wrong, each checked
	 * chunk goes to the {@link Writer}, which writes it in the import's one transaction while the next is read. The
	 * first wrong row stops the writing (the transaction will be rolled back) but not the checking, so that every
	 * wrong row is reported.
	 */
	private final class Reading implements TableReader.RowHandler {

		private final UUID id;

		private final Mode mode;

		private final Writer writer;

		private final Map<Integer, ImportColumn> columns = new HashMap<>();

		private final List<StoredError> errors = new ArrayList<>();

		private int errorTotal;

		private final List<Row> chunk = new ArrayList<>(CHUNK);

		private final Map<String, Integer> seen = new HashMap<>();

		private final PersonnelScope.Access access = scope.writable();

		private final UnitCheck unitCheck = new UnitCheck(access);

		private final Instant now = clock.instant();

		private final LocalDate today = LocalDate.now(clock);

		private int rowCount;

		private @Nullable Integer expected;

		private boolean tooMany;

		Reading(UUID id, Mode mode, Writer writer) {
			this.id = id;
			this.mode = mode;
			this.writer = writer;
		}

		@Override
		public void rows(int count) {
			expected = Math.max(0, count - 1);
		}

		@Override
		public void row(int number, List<String> cells) {
			if (columns.isEmpty()) {
				if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
					return;
				}
				header(number, cells, columns, errors);
				if (!errors.isEmpty()) {
					errorTotal = errors.size();
					throw new TableReader.Stop();
				}
				return;
			}
			if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
				return;
			}
			if (rowCount >= maxRows) {
				tooMany = true;
				throw new TableReader.Stop();
			}
			var map = new EnumMap<ImportColumn, String>(ImportColumn.class);
			columns.forEach((index, column) -> map.put(column, index < cells.size() ? cells.get(index).strip() : ""));
			chunk.add(new Row(number, map));
			rowCount++;
			if (chunk.size() == CHUNK) {
				flush();
			}
		}

		private void flush() {
			var checked = check(chunk, mode, access, unitCheck, seen, errors, now, today);
			errorTotal += checked.errorCount();
			chunk.clear();
			if (errorTotal == 0) {
				writer.send(checked.rows());
			}
			else {
				writer.abort();
			}
			progress(id, writer.written() > 0 ? "WRITING" : "READING",
					writer.written() > 0 ? writer.written() : rowCount, expected);
		}

		void end() {
			if (columns.isEmpty() && errors.isEmpty()) {
				errors.add(new StoredError(1, null, "import.file.noHeader", List.of()));
				errorTotal++;
				return;
			}
			if (tooMany) {
				errors.add(0, new StoredError(0, null, "import.file.tooManyRows", List.of(Integer.toString(maxRows))));
				errorTotal++;
				return;
			}
			if (!chunk.isEmpty()) {
				flush();
			}
			if (errorTotal == 0 && rowCount == 0) {
				errors.add(new StoredError(0, null, "import.file.noRows", List.of()));
				errorTotal++;
			}
		}

	}

	/** The checked rows of a chunk and how many problems its wrong rows had (those stored being in the list). */
	private record CheckedChunk(List<Checked> rows, int errorCount) {
	}

	/**
	 * Writes checked chunks, in a transaction of its own thread opened at the first chunk and committed by
	 * {@link #finish()}; {@link #abort()} rolls it back. Holds at most two chunks waiting, so a slow database slows
	 * the reading rather than filling the memory.
	 */
	private final class Writer {

		private static final Object END = new Object();

		private static final Object ABORT = new Object();

		private final UUID id;

		private final Mode mode;

		private final org.springframework.security.core.context.SecurityContext context;

		private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(2);

		private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();

		private java.util.concurrent.@Nullable Future<int[]> done;

		private boolean aborted;

		Writer(UUID id, Mode mode, org.springframework.security.core.context.SecurityContext context) {
			this.id = id;
			this.mode = mode;
			this.context = context;
		}

		int written() {
			return written.get();
		}

		void send(List<Checked> rows) {
			if (aborted) {
				return;
			}
			if (done == null) {
				done = writerThread.submit(this::write);
			}
			put(rows);
		}

		/** Waits until all is written and committed; the numbers created and updated. */
		int[] finish() {
			if (done == null) {
				return new int[2];
			}
			put(END);
			return outcome(done);
		}

		/** Rolls back whatever was written; waits until the transaction is over. */
		void abort() {
			if (aborted) {
				return;
			}
			aborted = true;
			if (done == null) {
				return;
			}
			queue.clear();
			queue.offer(ABORT);
			try {
				done.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException ex) {
				// the writing failed on its own; it is rolled back all the same
			}
		}

		/** Puts an item for the writing thread; if that thread has stopped, its failure surfaces here. */
		private void put(Object item) {
			try {
				while (!queue.offer(item, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					if (done != null && done.isDone()) {
						outcome(done);
						throw new IllegalStateException("the writing stopped early");
					}
					heartbeat(id, written());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** The writing's result, waited for with the job's heartbeat going; its failure thrown as it was. */
		private int[] outcome(java.util.concurrent.Future<int[]> writing) {
			try {
				while (true) {
					try {
						return writing.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
					}
					catch (java.util.concurrent.TimeoutException ex) {
						heartbeat(id, written());
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

		private int[] write() throws InterruptedException {
			SecurityContextHolder.setContext(context);
			try {
				var counts = writing.execute(tx -> {
					int created = 0;
					int updated = 0;
					var by = Caller.currentUsername();
					var at = clock.instant();
					while (true) {
						Object item;
						try {
							item = queue.take();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							tx.setRollbackOnly();
							return null;
						}
						if (item == ABORT) {
							tx.setRollbackOnly();
							return null;
						}
						if (item == END) {
							break;
						}
						@SuppressWarnings("unchecked")
						var rows = (List<Checked>) item;
						var people = rows.stream().map(Checked::person).filter(Objects::nonNull).toList();
						var ids = bulk.write(people, by, at);
						for (int i = 0; i < people.size(); i++) {
							var entry = people.get(i).actions().get(0).action();
							events.publishEvent(new OfficialEnrolled(ids.get(i), people.get(i).official().provinceId(),
									entry.kind(), entry.effectiveDate(), java.util.Objects.requireNonNull(entry.unitId())));
						}
						created += people.size();
						for (var c : rows) {
							if (c.updateId() == null) {
								continue;
							}
							var official = officials.findForChange(c.updateId()).orElseThrow();
							registry.apply(official, update(c.row(), official.view()));
							updated++;
						}
						if (updated > 0) {
							// the records changed are written; the next chunk need not check them again
							entityManager.flush();
							entityManager.clear();
						}
						written.addAndGet(rows.size());
					}
					var summary = new LinkedHashMap<String, Object>();
					summary.put("job", id.toString());
					summary.put("mode", mode.name());
					summary.put("created", created);
					summary.put("updated", updated);
					summary.put("rows", written.get());
					audit.record("OfficialImport", id.toString(), "IMPORT", null, summary);
					return new int[] { created, updated };
				});
				return counts == null ? new int[2] : counts;
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

	private static void header(int number, List<String> cells, Map<Integer, ImportColumn> columns,
			List<StoredError> errors) {
		for (int i = 0; i < cells.size(); i++) {
			var text = cells.get(i);
			if (text == null || text.isBlank()) {
				continue;
			}
			var column = ImportColumn.ofHeader(text);
			if (column.isEmpty()) {
				errors.add(new StoredError(number, null, "import.header.unknown", List.of(text.strip())));
			}
			else if (columns.containsValue(column.get())) {
				errors.add(new StoredError(number, column.get().name(), "import.header.twice", List.of(text.strip())));
			}
			else {
				columns.put(i, column.get());
			}
		}
		for (var column : ImportColumn.values()) {
			if (column.required() && !columns.containsValue(column)) {
				errors.add(new StoredError(number, column.name(), "import.header.missing", List.of(column.header())));
			}
		}
	}

	/** An existing record with the same citizen id, and whether the caller may change it. */
	private record Existing(long id, boolean reachable, Map<ImportColumn, @Nullable String> values) {
	}

	/** Checks a chunk of rows; wrong rows go to {@code errors} (the first {@value #MAX_STORED_ERRORS}), counted all. */
	private CheckedChunk check(List<Row> rows, Mode mode, PersonnelScope.Access access, UnitCheck units,
			Map<String, Integer> seen, List<StoredError> errors, Instant now, LocalDate today) {
		var existing = existing(rows, access);
		var result = new ArrayList<Checked>(rows.size());
		int errorCount = 0;
		for (var row : rows) {
			var problems = cellProblems(row);
			if (!problems.isEmpty()) {
				for (var ex : problems) {
					errorCount++;
					if (errors.size() < MAX_STORED_ERRORS) {
						errors.add(new StoredError(row.number(), column(ex.field()).name(), ex.messageCode(),
								strings(ex.arguments())));
					}
				}
				continue;
			}
			try {
				var citizenId = new CitizenId(citizenIdOf(row.get(ImportColumn.CITIZEN_ID)));
				var earlier = seen.putIfAbsent(citizenId.value(), row.number());
				if (earlier != null) {
					throw new InvalidInputException("citizenId", "import.row.duplicate", earlier);
				}
				var found = existing.get(citizenId.value());
				var person = person(row, citizenId, units, now, today);
				if (found == null) {
					result.add(new Checked(row, person, null));
					continue;
				}
				if (!found.reachable()) {
					throw new InvalidInputException("citizenId", "import.row.citizenIdElsewhere");
				}
				var differences = differences(row, found);
				if (differences.isEmpty()) {
					result.add(new Checked(row, null, null));
				}
				else if (mode == Mode.UPDATE) {
					result.add(new Checked(row, null, found.id()));
				}
				else {
					throw new InvalidInputException(differences.get(0).name(), "import.row.exists");
				}
			}
			catch (InvalidInputException ex) {
				errorCount++;
				if (errors.size() < MAX_STORED_ERRORS) {
					errors.add(new StoredError(row.number(), column(ex.field()).name(), ex.messageCode(),
							strings(ex.arguments())));
				}
			}
		}
		return new CheckedChunk(result, errorCount);
	}

	/** What is wrong with the row's cells each on its own: every such problem of the row, not just the first. */
	private List<InvalidInputException> cellProblems(Row row) {
		var problems = new ArrayList<InvalidInputException>();
		List<Runnable> checks = List.of(() -> new CitizenId(citizenIdOf(row.get(ImportColumn.CITIZEN_ID))),
				() -> Official.checkName(row.get(ImportColumn.FULL_NAME)), () -> {
					var birth = row.get(ImportColumn.DATE_OF_BIRTH);
					if (!YEAR.matcher(birth).matches()) {
						date(birth, ImportColumn.DATE_OF_BIRTH, true);
					}
				}, () -> sex(row.get(ImportColumn.SEX)),
				() -> item("ETHNIC_GROUP", row.get(ImportColumn.ETHNIC_GROUP), ImportColumn.ETHNIC_GROUP, true),
				() -> item("RELIGION", row.get(ImportColumn.RELIGION), ImportColumn.RELIGION, false),
				() -> item("PROFESSIONAL_LEVEL", row.get(ImportColumn.PROFESSIONAL_LEVEL),
						ImportColumn.PROFESSIONAL_LEVEL, false),
				() -> date(row.get(ImportColumn.PARTY_JOINED_ON), ImportColumn.PARTY_JOINED_ON, false),
				() -> number(row.get(ImportColumn.UNIT_ID), ImportColumn.UNIT_ID),
				() -> category(row.get(ImportColumn.CATEGORY)), () -> entry(row.get(ImportColumn.ENTRY)), () -> {
					if (row.get(ImportColumn.RANK_CODE).isEmpty()) {
						throw new InvalidInputException(ImportColumn.RANK_CODE.name(), "import.cell.required");
					}
				}, () -> {
					if (!row.get(ImportColumn.SALARY_STEP).isEmpty()) {
						number(row.get(ImportColumn.SALARY_STEP), ImportColumn.SALARY_STEP);
					}
				}, () -> date(row.get(ImportColumn.START_DATE), ImportColumn.START_DATE, true),
				() -> required(row, ImportColumn.DECISION_NUMBER),
				() -> date(row.get(ImportColumn.DECISION_DATE), ImportColumn.DECISION_DATE, true),
				() -> required(row, ImportColumn.DECISION_ISSUER),
				() -> date(row.get(ImportColumn.PROBATION_END), ImportColumn.PROBATION_END, false));
		for (var check : checks) {
			try {
				check.run();
			}
			catch (InvalidInputException ex) {
				problems.add(ex);
			}
		}
		return problems;
	}

	private static void required(Row row, ImportColumn column) {
		if (row.get(column).isEmpty()) {
			throw new InvalidInputException(column.name(), "import.cell.required");
		}
	}

	private static ImportColumn column(String field) {
		try {
			return ImportColumn.valueOf(field);
		}
		catch (IllegalArgumentException ex) {
			if (field.startsWith("qualifications.")) {
				return ImportColumn.PROFESSIONAL_LEVEL;
			}
			if (field.startsWith("memberships.")) {
				return ImportColumn.PARTY_JOINED_ON;
			}
			return ImportColumn.OF_FIELD.apply(field);
		}
	}

	private BulkWriter.Person person(Row row, CitizenId citizenId, UnitCheck units, Instant now, LocalDate today) {
		var birthText = row.get(ImportColumn.DATE_OF_BIRTH);
		boolean yearOnly = YEAR.matcher(birthText).matches();
		var birth = yearOnly ? LocalDate.of(Integer.parseInt(birthText), 1, 1)
				: date(birthText, ImportColumn.DATE_OF_BIRTH, true);
		var sex = sex(row.get(ImportColumn.SEX));
		var ethnic = item("ETHNIC_GROUP", row.get(ImportColumn.ETHNIC_GROUP), ImportColumn.ETHNIC_GROUP, true);
		var startDate = date(row.get(ImportColumn.START_DATE), ImportColumn.START_DATE, true);
		var unitId = number(row.get(ImportColumn.UNIT_ID), ImportColumn.UNIT_ID);
		if (!units.writableOn(unitId, startDate)) {
			throw new InvalidInputException(ImportColumn.UNIT_ID.name(), "personnel.unit.notExistingOn", unitId,
					Formats.DATE.format(startDate));
		}
		var official = new Official(units.provinceOf(unitId, startDate), citizenId, row.get(ImportColumn.FULL_NAME),
				birth, yearOnly, sex, Objects.requireNonNull(ethnic), now);
		official.religion(item("RELIGION", row.get(ImportColumn.RELIGION), ImportColumn.RELIGION, false));
		official.contacts(row.get(ImportColumn.BIRTHPLACE), row.get(ImportColumn.HOME_TOWN),
				row.get(ImportColumn.RESIDENCE), row.get(ImportColumn.PHONE), row.get(ImportColumn.EMAIL));
		var level = item("PROFESSIONAL_LEVEL", row.get(ImportColumn.PROFESSIONAL_LEVEL),
				ImportColumn.PROFESSIONAL_LEVEL, false);
		if (level != null) {
			official.qualify(new Qualifications(null, level, null, null, null, null));
		}
		var party = date(row.get(ImportColumn.PARTY_JOINED_ON), ImportColumn.PARTY_JOINED_ON, false);
		if (party != null) {
			official.memberships(new Memberships(party, null, null, null), today);
		}
		var category = category(row.get(ImportColumn.CATEGORY));
		var rankCode = row.get(ImportColumn.RANK_CODE);
		if (rankCode.isEmpty()) {
			throw new InvalidInputException(ImportColumn.RANK_CODE.name(), "import.cell.required");
		}
		var rank = catalog.rank(rankCode, startDate)
			.orElseThrow(() -> new InvalidInputException(ImportColumn.RANK_CODE.name(), "personnel.rank.unknown",
					rankCode, Formats.DATE.format(startDate)));
		var stepText = row.get(ImportColumn.SALARY_STEP);
		int step = stepText.isEmpty() ? 1 : (int) number(stepText, ImportColumn.SALARY_STEP);
		var decision = decision(row.get(ImportColumn.DECISION_NUMBER), row.get(ImportColumn.DECISION_DATE),
				row.get(ImportColumn.DECISION_ISSUER), ImportColumn.DECISION_NUMBER, ImportColumn.DECISION_DATE);
		var entry = entry(row.get(ImportColumn.ENTRY));
		var actions = new ArrayList<BulkWriter.Planned>();
		actions.add(new BulkWriter.Planned(new ActionRecord(1, entry, startDate, null, decision, unitId, category,
				rank.code(), rank.salaryScaleCode(), step, startDate, null, null, null, false), null, null, null));
		var probationEnd = date(row.get(ImportColumn.PROBATION_END), ImportColumn.PROBATION_END, false);
		if (probationEnd != null) {
			var probationDecision = decision(row.get(ImportColumn.PROBATION_DECISION), row.get(ImportColumn.PROBATION_END),
					row.get(ImportColumn.DECISION_ISSUER), ImportColumn.PROBATION_DECISION, ImportColumn.PROBATION_END);
			actions.add(new BulkWriter.Planned(new ActionRecord(2, ActionKind.END_OF_PROBATION, probationEnd, null,
					probationDecision, null, null, null, null, null, null, null, null, null, false), null, null, null));
		}
		try {
			var ages = ServiceAgeRule.of(official.dateOfBirth(), official.sex());
			for (var planned : actions) {
				ages.check(planned.action().kind(), planned.action().effectiveDate());
			}
		}
		catch (CareerRuleViolation ex) {
			throw new InvalidInputException(ImportColumn.START_DATE.name(), ex.messageCode(), ex.arguments());
		}
		try {
			Career.replay(actions.stream().map(BulkWriter.Planned::action).toList(), catalog::salaryScale);
		}
		catch (CareerRuleViolation ex) {
			var field = "effectiveDate".equals(ex.field()) && probationEnd != null ? ImportColumn.PROBATION_END
					: "salaryStep".equals(ex.field()) ? ImportColumn.SALARY_STEP : ImportColumn.START_DATE;
			throw new InvalidInputException(field.name(), ex.messageCode(), ex.arguments());
		}
		return new BulkWriter.Person(official, actions);
	}

	private static DecisionRef decision(String number, String dateText, String issuer, ImportColumn numberColumn,
			ImportColumn dateColumn) {
		var date = date(dateText, dateColumn, true);
		try {
			return new DecisionRef(number, date, issuer);
		}
		catch (InvalidInputException ex) {
			var column = ex.field().endsWith("number") ? numberColumn
					: ex.field().endsWith("date") ? dateColumn : ImportColumn.DECISION_ISSUER;
			throw new InvalidInputException(column.name(), ex.messageCode(), ex.arguments());
		}
	}

	/** The personal columns of the row that differ from the record's. */
	private List<ImportColumn> differences(Row row, Existing found) {
		var differing = new ArrayList<ImportColumn>();
		for (var entry : found.values().entrySet()) {
			var column = entry.getKey();
			if (!row.has(column)) {
				continue;
			}
			var given = normalized(column, row.get(column));
			if (!Objects.equals(given, entry.getValue())) {
				differing.add(column);
			}
		}
		return differing;
	}

	/** A cell as the record stores it, for comparing. */
	private @Nullable String normalized(ImportColumn column, String text) {
		var clean = Texts.clean(text);
		if (clean == null || clean.isEmpty()) {
			return null;
		}
		return switch (column) {
			case FULL_NAME -> clean;
			case DATE_OF_BIRTH -> YEAR.matcher(clean).matches() ? clean + "-01-01"
					: Formats.parseDate(clean).map(LocalDate::toString).orElse(clean);
			case SEX -> sex(clean).name();
			case ETHNIC_GROUP -> item("ETHNIC_GROUP", clean, column, false);
			case RELIGION -> item("RELIGION", clean, column, false);
			case PROFESSIONAL_LEVEL -> item("PROFESSIONAL_LEVEL", clean, column, false);
			case PARTY_JOINED_ON -> Formats.parseDate(clean).map(LocalDate::toString).orElse(clean);
			default -> clean;
		};
	}

	private Map<String, Existing> existing(List<Row> rows, PersonnelScope.Access access) {
		var ids = new ArrayList<String>();
		for (var row : rows) {
			try {
				ids.add(new CitizenId(citizenIdOf(row.get(ImportColumn.CITIZEN_ID))).value());
			}
			catch (InvalidInputException ex) {
				// reported when the row is checked
			}
		}
		var found = new HashMap<String, Existing>();
		for (int from = 0; from < ids.size(); from += 5000) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + 5000)).toArray(String[]::new);
			var rowsFound = jdbc.sql("""
					SELECT id, citizen_id, full_name, date_of_birth, sex, ethnic_code, religion_code, birthplace,
					  home_town, residence, phone, email, professional_level, party_joined_on
					FROM personnel.official WHERE citizen_id = ANY(:ids)""")
				.param("ids", chunk)
				.query((rs, n) -> {
					var values = new EnumMap<ImportColumn, @Nullable String>(ImportColumn.class);
					values.put(ImportColumn.FULL_NAME, rs.getString("full_name"));
					values.put(ImportColumn.DATE_OF_BIRTH, rs.getDate("date_of_birth").toLocalDate().toString());
					values.put(ImportColumn.SEX, rs.getString("sex"));
					values.put(ImportColumn.ETHNIC_GROUP, rs.getString("ethnic_code"));
					values.put(ImportColumn.RELIGION, rs.getString("religion_code"));
					values.put(ImportColumn.BIRTHPLACE, rs.getString("birthplace"));
					values.put(ImportColumn.HOME_TOWN, rs.getString("home_town"));
					values.put(ImportColumn.RESIDENCE, rs.getString("residence"));
					values.put(ImportColumn.PHONE, rs.getString("phone"));
					values.put(ImportColumn.EMAIL, rs.getString("email"));
					values.put(ImportColumn.PROFESSIONAL_LEVEL, rs.getString("professional_level"));
					var party = rs.getDate("party_joined_on");
					values.put(ImportColumn.PARTY_JOINED_ON, party == null ? null : party.toLocalDate().toString());
					return Map.entry(rs.getString("citizen_id"), new Existing(rs.getLong("id"), false, values));
				})
				.list();
			if (rowsFound.isEmpty()) {
				continue;
			}
			var reachable = reach.of(rowsFound.stream().map(e -> e.getValue().id()).toList(), access);
			for (var e : rowsFound) {
				found.put(e.getKey(), new Existing(e.getValue().id(), reachable.contains(e.getValue().id()),
						e.getValue().values()));
			}
		}
		return found;
	}



	private PersonnelRegistry.UpdateOfficial update(Row row, OfficialView current) {
		var p = PersonnelRegistry.PersonalDetails.of(current);
		var birthText = row.has(ImportColumn.DATE_OF_BIRTH) ? row.get(ImportColumn.DATE_OF_BIRTH) : null;
		boolean yearOnly = birthText != null ? YEAR.matcher(birthText).matches() : p.birthYearOnly();
		var birth = birthText == null ? p.dateOfBirth()
				: yearOnly ? LocalDate.of(Integer.parseInt(birthText), 1, 1)
						: date(birthText, ImportColumn.DATE_OF_BIRTH, true);
		var personal = new PersonnelRegistry.PersonalDetails(p.citizenId(), pick(row, ImportColumn.FULL_NAME, p.fullName()),
				birth, yearOnly, row.has(ImportColumn.SEX) ? sex(row.get(ImportColumn.SEX)) : p.sex(),
				row.has(ImportColumn.ETHNIC_GROUP)
						? item("ETHNIC_GROUP", row.get(ImportColumn.ETHNIC_GROUP), ImportColumn.ETHNIC_GROUP, true)
						: p.ethnicGroup(),
				row.has(ImportColumn.RELIGION)
						? item("RELIGION", row.get(ImportColumn.RELIGION), ImportColumn.RELIGION, false) : p.religion(),
				pick(row, ImportColumn.BIRTHPLACE, p.birthplace()), pick(row, ImportColumn.HOME_TOWN, p.homeTown()),
				pick(row, ImportColumn.RESIDENCE, p.residence()), pick(row, ImportColumn.PHONE, p.phone()),
				pick(row, ImportColumn.EMAIL, p.email()));
		var q = current.qualifications();
		var level = row.has(ImportColumn.PROFESSIONAL_LEVEL) ? item("PROFESSIONAL_LEVEL",
				row.get(ImportColumn.PROFESSIONAL_LEVEL), ImportColumn.PROFESSIONAL_LEVEL, false) : q.professionalLevel();
		var m = current.memberships();
		var party = row.has(ImportColumn.PARTY_JOINED_ON)
				? date(row.get(ImportColumn.PARTY_JOINED_ON), ImportColumn.PARTY_JOINED_ON, false) : m.partyJoinedOn();
		return new PersonnelRegistry.UpdateOfficial(current.version(), personal,
				new Qualifications(q.generalEducation(), level, q.politicalTheory(), q.stateManagement(),
						q.foreignLanguage(), q.itSkill()),
				new Memberships(party, m.partyConfirmedOn(), m.tradeUnionJoinedOn(), m.youthUnionJoinedOn()), null,
				null, null);
	}

	@SuppressWarnings("NullAway")
	private static String pick(Row row, ImportColumn column, @Nullable String current) {
		if (!row.has(column)) {
			return current;
		}
		var value = row.get(column);
		return value.isEmpty() ? null : value;
	}

	// ------------------------------------------------------------------------------------------------ cell readers

	/** A citizen id typed as a number loses its leading zeros (095… becomes 95…); they are put back. */
	static String citizenIdOf(String text) {
		var digits = text.replace(" ", "").replace(".", "");
		if (LOST_ZEROS.matcher(digits).matches()) {
			return "0".repeat(12 - digits.length()) + digits;
		}
		return digits;
	}

	private static LocalDate date(String text, ImportColumn column, boolean required) {
		if (text.isEmpty()) {
			if (required) {
				throw new InvalidInputException(column.name(), "import.cell.required");
			}
			return nullDate();
		}
		return Formats.parseDate(text)
			.orElseThrow(() -> new InvalidInputException(column.name(), "import.cell.date", text));
	}

	@SuppressWarnings("NullAway")
	private static LocalDate nullDate() {
		return null;
	}

	private static long number(String text, ImportColumn column) {
		if (text.isEmpty()) {
			throw new InvalidInputException(column.name(), "import.cell.required");
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(column.name(), "import.cell.number", text);
		}
	}

	private static Sex sex(String text) {
		var key = VietnameseOrder.searchKey(text);
		return switch (key) {
			case "nam", "male", "m" -> Sex.MALE;
			case "nu", "female", "f" -> Sex.FEMALE;
			case "" -> throw new InvalidInputException(ImportColumn.SEX.name(), "import.cell.required");
			default -> throw new InvalidInputException(ImportColumn.SEX.name(), "import.cell.sex", text);
		};
	}

	private static Category category(String text) {
		var key = VietnameseOrder.searchKey(text).replaceAll("[^a-z_]", "");
		return switch (key) {
			case "canbo", "cadre" -> Category.CADRE;
			case "congchuc", "civil_servant", "civilservant" -> Category.CIVIL_SERVANT;
			case "vienchuc", "public_employee", "publicemployee" -> Category.PUBLIC_EMPLOYEE;
			case "hopdonglaodong", "hopdong", "contract" -> Category.CONTRACT;
			case "" -> throw new InvalidInputException(ImportColumn.CATEGORY.name(), "import.cell.required");
			default -> throw new InvalidInputException(ImportColumn.CATEGORY.name(), "import.cell.category", text);
		};
	}

	private static ActionKind entry(String text) {
		var key = VietnameseOrder.searchKey(text).replaceAll("[^a-z_]", "");
		return switch (key) {
			case "", "tuyendung", "recruitment" -> ActionKind.RECRUITMENT;
			case "tiepnhan", "reception" -> ActionKind.RECEPTION;
			default -> throw new InvalidInputException(ImportColumn.ENTRY.name(), "import.cell.entry", text);
		};
	}

	/** Catalog codes by what a file may write for them: the code, or the name in either language without accents. */
	private volatile @Nullable Map<String, Map<String, String>> itemIndex;

	/** A catalog code typed as its code or its name (in either language); an ethnic code also as 1 for 01. */
	private @Nullable String item(String list, String text, ImportColumn column, boolean required) {
		if (text.isEmpty()) {
			if (required) {
				throw new InvalidInputException(column.name(), "import.cell.required");
			}
			return null;
		}
		var index = itemIndex;
		if (index == null) {
			var built = new HashMap<String, Map<String, String>>();
			for (var name : Catalog.LISTS) {
				var byKey = new HashMap<String, String>();
				for (ReferenceItem item : catalog.items(name)) {
					byKey.putIfAbsent(VietnameseOrder.searchKey(item.nameVi()), item.code());
					byKey.putIfAbsent(VietnameseOrder.searchKey(item.nameEn()), item.code());
				}
				for (ReferenceItem item : catalog.items(name)) {
					byKey.put(item.code().toLowerCase(Locale.ROOT), item.code());
				}
				built.put(name, Map.copyOf(byKey));
			}
			index = Map.copyOf(built);
			itemIndex = index;
		}
		var wanted = "ETHNIC_GROUP".equals(list) && text.length() == 1 && Character.isDigit(text.charAt(0)) ? "0" + text : text;
		var byKey = index.getOrDefault(list, Map.of());
		var code = byKey.get(wanted.strip().toLowerCase(Locale.ROOT));
		if (code == null) {
			code = byKey.get(VietnameseOrder.searchKey(wanted));
		}
		if (code == null) {
			throw new InvalidInputException(column.name(), "personnel.record.codeUnknown", text);
		}
		return code;
	}


	private static List<String> strings(Object[] arguments) {
		var list = new ArrayList<String>(arguments.length);
		for (var a : arguments) {
			list.add(a instanceof LocalDate d ? Formats.DATE.format(d) : String.valueOf(a));
		}
		return list;
	}

	// ----------------------------------------------------------------------------------------------- job progress

	private void status(UUID id, String status, int processed, @Nullable Integer total) {
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

	/** When progress was last written: at most every half second, each write being a commit of its own. */
	private volatile long progressWritten;

	/** Tells that the job is alive while it waits for its writing; at most every half second. */
	private void heartbeat(UUID id, int processed) {
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

	private void progress(UUID id, String status, int processed, @Nullable Integer total) {
		long now = System.nanoTime();
		if (now - progressWritten < 500_000_000L) {
			return;
		}
		progressWritten = now;
		status(id, status, processed, total);
	}

	private void fail(UUID id, List<StoredError> errors, int count) {
		jdbc.sql("""
				UPDATE personnel.import_job SET status = 'FAILED', errors = CAST(:errors AS jsonb), error_count = :count,
				  heartbeat_at = :now, finished_at = :now WHERE id = :id""")
			.param("id", id)
			.param("errors", json.writeValueAsString(errors))
			.param("count", count)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Where units are, and whether the caller may enrol people into them, on given days: read once per import. */
	private final class UnitCheck {

		private final PersonnelScope.Access access;

		private final Map<Long, List<UnitVersionView>> versions = new HashMap<>();

		private final Map<Long, List<UnitDirectory.ScopePeriod>> scope = new HashMap<>();

		UnitCheck(PersonnelScope.Access access) {
			this.access = access;
			if (!access.unrestricted() && access.root() != null) {
				for (var period : units.scopePeriods(access.root())) {
					scope.computeIfAbsent(period.unitId(), k -> new ArrayList<>()).add(period);
				}
			}
		}

		boolean writableOn(long unitId, LocalDate date) {
			if (version(unitId, date).isEmpty()) {
				return false;
			}
			if (access.unrestricted()) {
				return true;
			}
			return scope.getOrDefault(unitId, List.of()).stream().anyMatch(p -> p.covers(date));
		}

		long provinceOf(long unitId, LocalDate date) {
			long current = unitId;
			for (int depth = 0; depth < 20; depth++) {
				var v = version(current, date);
				if (v.isEmpty() || v.get().parentId() == null) {
					return current;
				}
				current = v.get().parentId();
			}
			return current;
		}

		private Optional<UnitVersionView> version(long unitId, LocalDate date) {
			var list = versions.computeIfAbsent(unitId, id -> {
				try {
					return units.versions(id);
				}
				catch (DomainException ex) {
					return List.of();
				}
			});
			return list.stream()
				.filter(v -> !v.validFrom().isAfter(date) && (v.validTo() == null || !v.validTo().isBefore(date)))
				.findFirst();
		}

	}

	/** Stops a copy that grows beyond the limit. */
	private static final class LimitedInputStream extends java.io.FilterInputStream {

		static final class TooLong extends IOException {

			private static final long serialVersionUID = 1L;

		}

		private final long limit;

		private long count;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && ++count > limit) {
				throw new TooLong();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0 && (count += n) > limit) {
				throw new TooLong();
			}
			return n;
		}

	}

	/** Writes the import template: the data sheet with its headers, the guide, and the units the caller may use. */
	public void writeTemplate(OutputStream out, Locale locale) throws IOException {
		new ImportTemplate(messages, units, scope, clock).write(out, locale);
	}

}
