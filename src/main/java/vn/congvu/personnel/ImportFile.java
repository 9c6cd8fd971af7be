package vn.congvu.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.documents.TableReader;

/**
 * An import's file as taken from the upload: copied into a temporary file of its kind (XLSX or CSV, by its name), no
 * bigger than the limit and not empty, with its SHA-256; and its header row read as the template's columns.
 */
record ImportFile(Path path, TableReader.Format format, String sha256) {

	/**
	 * Copies the upload into a temporary file. A file that is too big or of another kind is refused here, before any
	 * job starts.
	 */
	static ImportFile receive(vn.congvu.shared.PrivateFiles files, @Nullable String fileName, InputStream content,
			long maxFileBytes) {
		var format = TableReader.Format.ofName(fileName);
		if (format == null) {
			throw new InvalidInputException("file", "import.file.kind");
		}
		var file = files.create("import-", format == TableReader.Format.XLSX ? ".xlsx" : ".csv");
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			// written into the file made owner-only (a copy that replaces it would take the default mode)
			try (var in = new DigestInputStream(content, digest); var out = Files.newOutputStream(file)) {
				new LimitedInputStream(in, maxFileBytes).transferTo(out);
			}
			catch (LimitedInputStream.TooLong ex) {
				throw new InvalidInputException("file", "import.file.tooBig", maxFileBytes / (1024 * 1024));
			}
			if (Files.size(file) == 0) {
				throw new InvalidInputException("file", "import.file.empty");
			}
			return new ImportFile(file, format, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			files.delete(file);
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			files.delete(file);
			throw new IllegalStateException(ex);
		}
		catch (RuntimeException ex) {
			files.delete(file);
			throw ex;
		}
	}

	/**
	 * The header row: each cell's column by its index in {@code columns}; headers unknown, written twice or missing go
	 * to {@code errors}.
	 */
	static void header(int number, List<String> cells, Map<Integer, ImportColumn> columns,
			List<ImportJobs.StoredError> errors) {
		for (int i = 0; i < cells.size(); i++) {
			var text = cells.get(i);
			if (text == null || text.isBlank()) {
				continue;
			}
			var column = ImportColumn.ofHeader(text);
			if (column.isEmpty()) {
				errors.add(new ImportJobs.StoredError(number, null, "import.header.unknown", List.of(text.strip())));
			}
			else if (columns.containsValue(column.get())) {
				errors.add(new ImportJobs.StoredError(number, column.get().name(), "import.header.twice",
						List.of(text.strip())));
			}
			else {
				columns.put(i, column.get());
			}
		}
		for (var column : ImportColumn.values()) {
			if (column.required() && !columns.containsValue(column)) {
				errors.add(new ImportJobs.StoredError(number, column.name(), "import.header.missing",
						List.of(column.header())));
			}
		}
	}

	/** Stops a copy that grows beyond the limit. */
	private static final class LimitedInputStream extends java.io.FilterInputStream {

		static final class TooLong extends IOException {

			private static final long serialVersionUID = 1L;

		}

		private final long limit;

		private long count;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && ++count > limit) {
				throw new TooLong();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0 && (count += n) > limit) {
				throw new TooLong();
			}
			return n;
		}

	}

}
