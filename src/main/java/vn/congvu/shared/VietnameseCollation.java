package vn.congvu.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Names of things (units, positions) in the Vietnamese dictionary order of the whole text, as the JDK's Vietnamese
 * collator orders it (people's names have their own order: {@link VietnameseOrder}).
 * <p>
 * Sorting goes through collation keys, each text's computed once and kept: comparing two texts with a collator
 * normalises both again, and the JDK's collator does it under a lock, so a shared one sorting 300 unit names on every
 * page was most of the home page's CPU and made concurrent requests wait for each other (issue 19).
 */
public final class VietnameseCollation {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Each thread's own collator: the JDK's compares and makes keys under a lock. */
	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
		var collator = Collator.getInstance(VIETNAMESE);
		collator.setStrength(Collator.TERTIARY);
		return collator;
	});

	/** Keys already made: the same few thousand unit and position names are sorted on page after page. */
	private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();

	private static final int MAX_KEYS = 50_000;

	private VietnameseCollation() {
	}

	/** The collation key of a text (immutable, comparable across threads). */
	public static CollationKey key(String text) {
		var key = KEYS.get(text);
		if (key == null) {
			if (KEYS.size() >= MAX_KEYS) {
				KEYS.clear();
			}
			key = COLLATOR.get().getCollationKey(text);
			KEYS.put(text, key);
		}
		return key;
	}

	/** Sorts {@code items} by {@code first}, then by their names; stable. */
	public static <T> void sort(List<T> items, Comparator<? super T> first, Function<? super T, String> name) {
		var keys = new IdentityHashMap<T, CollationKey>(items.size() * 2);
		for (var item : items) {
			keys.computeIfAbsent(item, i -> key(name.apply(i)));
		}
		items.sort(first.thenComparing(keys::get));
	}

	/** Sorts {@code items} by their names; stable. */
	public static <T> void sort(List<T> items, Function<? super T, String> name) {
		sort(items, (a, b) -> 0, name);
	}

}
