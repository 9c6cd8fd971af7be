package vn.congvu.shared.database;

import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts the embedded PostgreSQL when no external database is configured, and gives the application two ways in: the
 * pooled {@link DataSource} of the application's own role (no ownership, no rights to alter the audit log), and the
 * owner's connection source that only Flyway uses.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) throws IOException {
		return EmbeddedPostgresServer.start(properties);
	}

	/**
	 * No JIT compilation: compiling the plans of statements this short costs more than it saves. (Searches and lists
	 * are planned for their values by {@link CustomPlans}, in their own transactions.) The same line is in
	 * {@code application.properties}, for an external database.
	 */
	static final String CONNECTION_INIT_SQL = "SET jit = off";

	@Bean(destroyMethod = "close")
	@Primary
	HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
		var config = new HikariConfig();
		config.setPoolName("congvu");
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(properties.appRole());
		config.setPassword(server.appPassword());
		config.setMaximumPoolSize(20);
		config.setConnectionInitSql(CONNECTION_INIT_SQL);
		return new HikariDataSource(config);
	}

	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgresServer server) {
		return server.ownerDataSource();
	}

}
