package vn.congvu.personnel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start, the import jobs of an application killed on this host are failed as interrupted ({@link ImportJobs}). */
@Component
class InterruptedImports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	private final ImportJobs jobs;

	InterruptedImports(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public void run(ApplicationArguments args) {
		int failed = jobs.failAbandoned();
		if (failed > 0) {
			log.warn("{} import job(s) of an application that stopped without finishing them failed as interrupted",
					failed);
		}
	}

}
