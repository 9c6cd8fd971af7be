package vn.congvu.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.congvu.shared.database.EmbeddedDatabaseCondition;

/** Demo mode: {@code congvu.demo.enabled} if set; otherwise on exactly when the embedded database is used. */
class DemoModeCondition implements Condition {

	/** Whether these settings turn demo mode on: the one place this is decided. */
	static boolean demo(PropertyResolver env) {
		var explicit = env.getProperty("congvu.demo.enabled", Boolean.class);
		return explicit != null ? explicit : EmbeddedDatabaseCondition.embedded(env);
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return demo(context.getEnvironment());
	}

}
