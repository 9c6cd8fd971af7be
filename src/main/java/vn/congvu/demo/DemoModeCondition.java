package vn.congvu.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Demo mode: {@code congvu.demo.enabled} if set; otherwise on exactly when the embedded database is used. */
class DemoModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var env = context.getEnvironment();
		var explicit = env.getProperty("congvu.demo.enabled", Boolean.class);
		if (explicit != null) {
			return explicit;
		}
		return !StringUtils.hasText(env.getProperty("spring.datasource.url"))
				&& env.getProperty("congvu.embedded-db.enabled", Boolean.class, Boolean.TRUE);
	}

}
