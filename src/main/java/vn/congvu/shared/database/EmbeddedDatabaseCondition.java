package vn.congvu.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The embedded database runs unless it is switched off or an external datasource URL is configured. */
public class EmbeddedDatabaseCondition implements Condition {

	/** Whether these settings run the embedded database: the one place this is decided. */
	public static boolean embedded(PropertyResolver env) {
		return !StringUtils.hasText(env.getProperty("spring.datasource.url"))
				&& env.getProperty("congvu.embedded-db.enabled", Boolean.class, Boolean.TRUE);
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embedded(context.getEnvironment());
	}

}
