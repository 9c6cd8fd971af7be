package vn.congvu.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names of things (units, positions) in the Vietnamese dictionary order of the whole text, as the JDK's Vietnamese
 * collator orders it (people's names have their own order: {@link VietnameseOrder}).
 * <p>
 * Sorting goes through collation keys, each text's computed once: comparing two texts with a collator normalises both
 * again, and the JDK's collator does it under a lock, so a shared one sorting 300 unit names on every page was most of
 * the home page's CPU and made concurrent requests wait for each other (issue 19).
 */
public final class VietnameseCollation {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private VietnameseCollation() {
	}

	/** Sorts {@code items} by {@code first}, then by their names; stable. */
	public static <T> void sort(List<T> items, Comparator<? super T> first, Function<? super T, String> name) {
		var collator = Collator.getInstance(VIETNAMESE); // a copy of its own: no lock shared with other requests
		collator.setStrength(Collator.TERTIARY);
		var keys = new IdentityHashMap<T, CollationKey>(items.size() * 2);
		for (var item : items) {
			keys.computeIfAbsent(item, i -> collator.getCollationKey(name.apply(i)));
		}
		items.sort(first.thenComparing(keys::get));
	}

	/** Sorts {@code items} by their names; stable. */
	public static <T> void sort(List<T> items, Function<? super T, String> name) {
		sort(items, (a, b) -> 0, name);
	}

}
