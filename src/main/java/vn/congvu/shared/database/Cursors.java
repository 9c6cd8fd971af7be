package vn.congvu.shared.database;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Statements whose rows are read through a cursor, a batch at a time, so that a province's hundreds of thousands of
 * rows are never all held. PostgreSQL's driver keeps a cursor only inside a transaction; outside one it reads every
 * row first.
 */
public final class Cursors {

	/** The rows fetched at a time. */
	public static final int FETCH_SIZE = 2000;

	private Cursors() {
	}

	/** A template whose queries read through a cursor. */
	public static NamedParameterJdbcTemplate template(DataSource dataSource) {
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		return new NamedParameterJdbcTemplate(template);
	}

}
