package vn.congvu;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import vn.congvu.shared.SystemWork;

/**
 * Runs a test class's set-ups and tests as the system caller, for tests whose point is not who asks (a test of access
 * signs its caller in with {@link TestCallers}): with no caller at all, every service refuses.
 */
public class AsSystem implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(AsSystem.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		begin(context, "all");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		end(context, "all");
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		begin(context, "each");
	}

	@Override
	public void afterEach(ExtensionContext context) {
		end(context, "each");
	}

	private static void begin(ExtensionContext context, String key) {
		context.getStore(HERE).put(key, SystemWork.begin("test " + context.getDisplayName()));
	}

	private static void end(ExtensionContext context, String key) {
		var turn = context.getStore(HERE).remove(key, SystemWork.Turn.class);
		if (turn != null) {
			turn.close();
		}
	}

}
