package vn.congvu.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A list shown a page at a time, as people use lists: numbered pages, a page size of their choosing, and columns that
 * sort (again to reverse). Links keep every other parameter of the request, so filters stay as they were.
 *
 * @param page the page shown, from 0
 * @param sort the column sorted by, one of those the list offers
 */
public record Paging(int page, int size, String sort, boolean descending) {

	/** The page sizes offered. */
	public static final List<Integer> SIZES = List.of(20, 50, 100);

	/** One link of the pager. */
	public record Link(String label, String url, boolean active, boolean disabled) {
	}

	/**
	 * The paging asked for, made sane: an unknown sort column becomes {@code defaultSort}, a size not offered the
	 * smallest, a negative page the first.
	 */
	public static Paging of(@Nullable Integer page, @Nullable Integer size, @Nullable String sort,
			@Nullable String direction, Set<String> sorts, String defaultSort) {
		var column = sort != null && sorts.contains(sort) ? sort : defaultSort;
		int rows = size != null && SIZES.contains(size) ? size : SIZES.get(0);
		return new Paging(page == null ? 0 : Math.max(0, page), rows, column, "desc".equals(direction));
	}

	/** The page sizes offered, for the page. */
	public List<Integer> sizes() {
		return SIZES;
	}

	/** The rows of the page shown, after sorting them all by {@code order} (reversed when descending). */
	public <T> List<T> slice(List<T> all, Comparator<T> order) {
		var sorted = new ArrayList<>(all);
		sorted.sort(descending ? order.reversed() : order);
		int from = Math.min(shownPage(all.size()) * size, sorted.size());
		return sorted.subList(from, Math.min(from + size, sorted.size()));
	}

	/** The page shown: the one asked, or the last when it lies beyond. */
	public int shownPage(long total) {
		return Math.min(page, Math.max(0, pages(total) - 1));
	}

	public int pages(long total) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
	}

	/** The link that sorts by {@code column}: ascending, or reversed when it is already the sort. */
	public String sortUrl(String column) {
		boolean reverse = column.equals(sort) && !descending;
		return relative(ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("sort", column)
			.replaceQueryParam("dir", reverse ? "desc" : "asc")
			.replaceQueryParam("page"));
	}

	/** The arrow shown beside a sorted column's header. */
	public String arrow(String column) {
		return column.equals(sort) ? (descending ? " ▼" : " ▲") : "";
	}

	/** The state of a sortable header for assistive technology. */
	public String ariaSort(String column) {
		return column.equals(sort) ? (descending ? "descending" : "ascending") : "none";
	}

	/** The link that shows {@code rows} per page, from the first page. */
	public String sizeUrl(int rows) {
		return relative(ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("size", rows)
			.replaceQueryParam("page"));
	}

	/** Numbered page links around the page shown, with the first and last, and previous/next. */
	public List<Link> links(long total) {
		int pages = pages(total);
		int shown = shownPage(total);
		var links = new ArrayList<Link>();
		links.add(new Link("«", pageUrl(Math.max(0, shown - 1)), false, shown == 0));
		int from = Math.max(0, shown - 2);
		int to = Math.min(pages - 1, shown + 2);
		if (from > 0) {
			links.add(new Link("1", pageUrl(0), false, false));
			if (from > 1) {
				links.add(new Link("…", "", false, true));
			}
		}
		for (int p = from; p <= to; p++) {
			links.add(new Link(Integer.toString(p + 1), pageUrl(p), p == shown, false));
		}
		if (to < pages - 1) {
			if (to < pages - 2) {
				links.add(new Link("…", "", false, true));
			}
			links.add(new Link(Integer.toString(pages), pageUrl(pages - 1), false, false));
		}
		links.add(new Link("»", pageUrl(Math.min(pages - 1, shown + 1)), false, shown >= pages - 1));
		return links;
	}

	private static String pageUrl(int page) {
		return relative(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page));
	}

	/** The link within the site: its path and query, whatever host the request came through. */
	private static String relative(org.springframework.web.util.UriComponentsBuilder builder) {
		var uri = builder.build();
		return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}

}
