package vn.congvu.reporting.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.congvu.reporting.ReformReport;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DomainException;

/**
 * Report work the pages start and then watch: computing a report, issuing one, comparing an issued report with the
 * records now. Each runs on a worker thread as the user who started it, tells how far it has got, and is seen only by
 * that user; the page polls it and shows the result when it is done. Finished work is forgotten after an hour.
 */
@Component
class ReportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	private static final Duration KEPT = Duration.ofHours(1);

	/** One piece of work: how far it has got and, at the end, its result or what stopped it. */
	static final class Job {

		private final String id = UUID.randomUUID().toString();

		private final String owner;

		private final Instant started;

		private final AtomicInteger done = new AtomicInteger();

		private final AtomicInteger total = new AtomicInteger(1);

		private volatile @Nullable Object result;

		private volatile @Nullable DomainException refusal;

		private volatile boolean failed;

		private volatile @Nullable Instant finished;

		Job(String owner, Instant started) {
			this.owner = owner;
			this.started = started;
		}

		/**
		 * The job as it stands, read once: a page decides what to show and shows it from the same reading (read twice,
		 * a job that finished in between showed "done" without its result).
		 */
		State state() {
			// finished is written last, after the result: once it is seen, so is everything before it
			var end = finished;
			int all = Math.max(1, total.get());
			int count = done.get();
			return new State(id, Math.min(100, count * 100 / all), count, total.get(), end != null,
					end != null && failed, end == null ? null : refusal, end == null ? null : result);
		}

		Instant started() {
			return started;
		}

	}

	/** What a page shows of a job: one reading of it. */
	static final class State {

		private final String id;

		private final int percent;

		private final int done;

		private final int total;

		private final boolean finished;

		private final boolean failed;

		private final @Nullable DomainException refusal;

		private final @Nullable Object result;

		State(String id, int percent, int done, int total, boolean finished, boolean failed,
				@Nullable DomainException refusal, @Nullable Object result) {
			this.id = id;
			this.percent = percent;
			this.done = done;
			this.total = total;
			this.finished = finished;
			this.failed = failed;
			this.refusal = refusal;
			this.result = result;
		}

		public String getId() {
			return id;
		}

		public int getPercent() {
			return percent;
		}

		public int getDone() {
			return done;
		}

		public int getTotal() {
			return total;
		}

		public boolean isFinished() {
			return finished;
		}

		public boolean isFailed() {
			return failed;
		}

		public @Nullable DomainException getRefusal() {
			return refusal;
		}

		public @Nullable Object getResult() {
			return result;
		}

	}

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
		var thread = new Thread(r, "report-job");
		thread.setDaemon(true);
		return thread;
	});

	private final Clock clock;

	ReportJobs(Clock clock) {
		this.clock = clock;
	}

	/** Starts {@code work} for the signed-in user; it hears of its progress through the {@link ReformReport.Progress}. */
	State start(Function<ReformReport.Progress, Object> work) {
		forgetOld();
		var job = new Job(Caller.currentUsername(), clock.instant());
		jobs.put(job.id, job);
		var context = SecurityContextHolder.getContext();
		workers.execute(() -> {
			SecurityContextHolder.setContext(context);
			try {
				job.result = work.apply((done, total) -> {
					job.total.set(total);
					job.done.set(done);
				});
			}
			catch (DomainException ex) {
				job.refusal = ex;
				job.failed = true;
			}
			catch (RuntimeException | Error ex) {
				log.error("Report job {} failed", job.id, ex);
				job.failed = true;
			}
			finally {
				job.finished = clock.instant();
				SecurityContextHolder.clearContext();
			}
		});
		return job.state();
	}

	/** A job of the signed-in user; another user's is not theirs to see. */
	Optional<State> find(String id) {
		var job = jobs.get(id);
		if (job != null && !job.owner.equals(Caller.currentUsername())) {
			throw new AccessDeniedException("Another user's report job");
		}
		return Optional.ofNullable(job).map(Job::state);
	}

	private void forgetOld() {
		var limit = clock.instant().minus(KEPT);
		jobs.values().removeIf(j -> j.finished != null && j.finished.isBefore(limit));
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

}
