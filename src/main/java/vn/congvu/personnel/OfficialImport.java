package vn.congvu.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congvu.audit.AuditTrail;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.documents.TableReader;

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

	private static final Logger log = LoggerFactory.getLogger(OfficialImport.class);

	private final PersonnelScope scope;

	private final PersonnelRegistry registry;

	private final BulkWriter bulk;

	private final Officials officials;

	private final UnitDirectory units;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ImportJobs jobs;

	private final ImportChecks checks;

	private final TransactionTemplate writing;

	private final Clock clock;

	private final long maxFileBytes;

	private final jakarta.persistence.EntityManager entityManager;

	private final int maxRows;

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

	/** Where uploads wait for their job: a folder only this application opens, emptied of leftovers at start. */
	private final vn.congvu.shared.PrivateFiles files;

	OfficialImport(PersonnelScope scope, PersonnelRegistry registry, BulkWriter bulk, Officials officials,
			UnitDirectory units, AuditTrail audit, MessageSource messages, ImportJobs jobs, ImportChecks checks,
			PlatformTransactionManager transactions, Clock clock, jakarta.persistence.EntityManager entityManager,
			@Value("${congvu.import.max-file-bytes:26214400}") long maxFileBytes,
			@Value("${congvu.import.max-rows:100000}") int maxRows,
			org.springframework.context.ApplicationEventPublisher events, vn.congvu.shared.PrivateFiles files) {
		this.events = events;
		this.files = files;
		this.scope = scope;
		this.entityManager = entityManager;
		this.registry = registry;
		this.bulk = bulk;
		this.officials = officials;
		this.units = units;
		this.audit = audit;
		this.messages = messages;
		this.jobs = jobs;
		this.checks = checks;
		this.writing = new TransactionTemplate(transactions);
		this.clock = clock;
		this.maxFileBytes = maxFileBytes;
		this.maxRows = maxRows;
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
		var file = ImportFile.receive(files, fileName, content, maxFileBytes);
		var id = UUID.randomUUID();
		var chosen = mode == null ? Mode.CREATE : mode;
		boolean submitted = false;
		try {
			jobs.create(id, fileName, file.sha256(), chosen);
			var context = SecurityContextHolder.getContext();
			worker.submit(() -> {
				SecurityContextHolder.setContext(context);
				try {
					run(id, file, chosen);
				}
				finally {
					SecurityContextHolder.clearContext();
					files.delete(file.path());
				}
			});
			submitted = true;
		}
		catch (RejectedExecutionException ex) {
			jobs.fail(id, List.of(new ImportJobs.StoredError(0, null, "import.failed.unexpected", List.of())), 1);
		}
		finally {
			if (!submitted) {
				files.delete(file.path());
			}
		}
		return id;
	}

	/** The job, if the caller started it; messages in {@code locale}. */
	public Optional<JobView> job(UUID id, Locale locale) {
		return jobs.job(id, locale);
	}

	// ---------------------------------------------------------------------------------------------- the job itself

	/** Rows checked together: one query for the records that exist, one COPY of the new ones. */
	private static final int CHUNK = 2500;

	private void run(UUID id, ImportFile file, Mode mode) {
		var writer = new Writer(id, mode, SecurityContextHolder.getContext());
		try {
			long started = System.nanoTime();
			jobs.status(id, "READING", 0, null);
			var reading = new Reading(id, mode, writer);
			TableReader.read(file.path(), file.format(), reading);
			reading.end();
			long read = System.nanoTime();
			if (reading.errorTotal > 0) {
				writer.abort();
				jobs.fail(id, reading.errors, reading.errorTotal);
				return;
			}
			jobs.status(id, "WRITING", writer.written(), reading.rowCount);
			var counts = writer.finish();
			log.info("Import {}: {} rows read and checked in {} ms (writing alongside), all written {} ms later", id,
					reading.rowCount, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
			jobs.succeeded(id, reading.rowCount, counts[0], counts[1]);
		}
		catch (InvalidInputException ex) {
			writer.abort();
			jobs.fail(id, List.of(new ImportJobs.StoredError(0, null, ex.messageCode(),
					ImportJobs.strings(ex.arguments()))), 1);
		}
		catch (DomainException ex) {
			writer.abort();
			jobs.fail(id, List.of(new ImportJobs.StoredError(0, null, ex.messageCode(),
					ImportJobs.strings(ex.arguments()))), 1);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			writer.abort();
			log.warn("Import {} refused by the database", id, ex);
			jobs.fail(id, List.of(new ImportJobs.StoredError(0, null, "import.failed.concurrent", List.of())), 1);
		}
		catch (RuntimeException | Error ex) {
			// an Error too (out of memory, say): the writing must not be left waiting with its transaction open
			writer.abort();
			log.error("Import {} failed", id, ex);
			jobs.fail(id, List.of(new ImportJobs.StoredError(0, null, "import.failed.unexpected", List.of())), 1);
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

		private final List<ImportJobs.StoredError> errors = new ArrayList<>();

		private int errorTotal;

		private final List<ImportChecks.Row> chunk = new ArrayList<>(CHUNK);

		private final Map<String, Integer> seen = new HashMap<>();

		private final PersonnelScope.Access access = scope.writable();

		private final ImportChecks.UnitCheck unitCheck = checks.unitCheck(access);

		/** The record of the person importing, which their file may not change (nobody acts in their own case). */
		private final @Nullable Long own = scope.ownRecord().orElse(null);

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
				ImportFile.header(number, cells, columns, errors);
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
			chunk.add(new ImportChecks.Row(number, map));
			rowCount++;
			if (chunk.size() == CHUNK) {
				flush();
			}
		}

		private void flush() {
			var checked = checks.check(chunk, mode, access, own, unitCheck, seen, errors, now, today);
			errorTotal += checked.errorCount();
			chunk.clear();
			if (errorTotal == 0) {
				writer.send(checked.rows());
			}
			else {
				writer.abort();
			}
			jobs.progress(id, writer.written() > 0 ? "WRITING" : "READING",
					writer.written() > 0 ? writer.written() : rowCount, expected);
		}

		void end() {
			if (columns.isEmpty() && errors.isEmpty()) {
				errors.add(new ImportJobs.StoredError(1, null, "import.file.noHeader", List.of()));
				errorTotal++;
				return;
			}
			if (tooMany) {
				errors.add(0, new ImportJobs.StoredError(0, null, "import.file.tooManyRows",
						List.of(Integer.toString(maxRows))));
				errorTotal++;
				return;
			}
			if (!chunk.isEmpty()) {
				flush();
			}
			if (errorTotal == 0 && rowCount == 0) {
				errors.add(new ImportJobs.StoredError(0, null, "import.file.noRows", List.of()));
				errorTotal++;
			}
		}

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

		void send(List<ImportChecks.Checked> rows) {
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
					jobs.heartbeat(id, written());
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
						jobs.heartbeat(id, written());
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
						var rows = (List<ImportChecks.Checked>) item;
						var people = rows.stream()
							.map(ImportChecks.Checked::person)
							.filter(Objects::nonNull)
							.toList();
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
							registry.apply(official, checks.update(c.row(), official.view()));
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

	/** Writes the import template: the data sheet with its headers, the guide, and the units the caller may use. */
	public void writeTemplate(OutputStream out, Locale locale) throws IOException {
		new ImportTemplate(messages, units, scope, clock).write(out, locale);
	}

}
