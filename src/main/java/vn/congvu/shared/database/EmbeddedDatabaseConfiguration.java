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

	@Bean(destroyMethod = "close")
	@Primary
	HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
		var config = new HikariConfig();
		config.setPoolName("congvu");
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(properties.appRole());
		config.setMaximumPoolSize(20);
		return new HikariDataSource(config);
	}

	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgresServer server) {
		return server.ownerDataSource();
	}

}
