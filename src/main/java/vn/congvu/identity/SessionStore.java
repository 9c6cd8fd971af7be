package vn.congvu.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The pages' sessions: kept in PostgreSQL by Spring Session JDBC (as Boot configures it), through {@link SavedSessions},
 * which spares the database a write and a read that Spring Session makes on every request.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/** Spring Session's store, seen by everything (its filter included) through {@link SavedSessions}. */
	@Bean
	static BeanPostProcessor quieterSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository store ? new SavedSessions(store) : bean;
			}
		};
	}

	/**
	 * Spring Session's reads and writes, each in a transaction of its own on a plain JDBC connection: through the JPA
	 * transaction manager, each opened and closed a Hibernate session (3% of a record page's CPU, issue 19). Named
	 * so that Spring Session takes it; nothing else asks for a {@code TransactionOperations}.
	 */
	@Bean
	TransactionTemplate springSessionTransactionOperations(javax.sql.DataSource dataSource) {
		var template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	/** Just outside Spring Session's filter, so that what a request saved is forgotten after its last save. */
	@Bean
	FilterRegistrationBean<SavedSessions.Scope> savedSessionsScope() {
		var registration = new FilterRegistrationBean<>(new SavedSessions.Scope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
		return registration;
	}

}
