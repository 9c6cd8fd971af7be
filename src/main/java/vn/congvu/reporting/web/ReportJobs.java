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

		public String getId() {
			return id;
		}

		public int getPercent() {
			int all = Math.max(1, total.get());
			return Math.min(100, done.get() * 100 / all);
		}

		public int getDone() {
			return done.get();
		}

		public int getTotal() {
			return total.get();
		}

		public boolean isFinished() {
			return finished != null;
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

		Instant started() {
			return started;
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
	Job start(Function<ReformReport.Progress, Object> work) {
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
		return job;
	}

	/** A job of the signed-in user; another user's is not theirs to see. */
	Optional<Job> find(String id) {
		var job = jobs.get(id);
		if (job != null && !job.owner.equals(Caller.currentUsername())) {
			throw new AccessDeniedException("Another user's report job");
		}
		return Optional.ofNullable(job);
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
