package vn.congvu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless LibreOffice, to prove that generated documents open: converts a file and reads back its text.
 * Each call has a profile of its own, so that runs never share LibreOffice's lock.
 */
public final class LibreOffice {

	private LibreOffice() {
	}

	/**
	 * Opens {@code file} in LibreOffice and returns its text. A PDF goes through LibreOffice's PDF import, which makes
	 * a drawing of frames: it is saved as ODT and the text read from its content. A spreadsheet comes back as CSV.
	 */
	public static String text(Path file) throws IOException, InterruptedException {
		boolean pdf = file.toString().endsWith(".pdf");
		boolean sheet = file.toString().endsWith(".xlsx");
		var out = Files.createTempDirectory("lo-out");
		var profile = Files.createTempDirectory("lo-profile");
		try {
			var command = new ArrayList<>(List.of("soffice", "--headless", "--norestore", "--nolockcheck",
					"-env:UserInstallation=" + profile.toUri()));
			if (pdf) {
				command.add("--infilter=writer_pdf_import");
			}
			var target = pdf ? "odt" : sheet ? "csv:Text - txt - csv (StarCalc):44,34,76" : "txt:Text (encoded):UTF8";
			command.addAll(List.of("--convert-to", target, "--outdir", out.toString(), file.toString()));
			var process = new ProcessBuilder(command).redirectErrorStream(true).start();
			var log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("LibreOffice did not finish converting " + file);
			}
			try (var produced = Files.list(out)) {
				var result = produced.filter(p -> p.toString().endsWith(pdf ? ".odt" : sheet ? ".csv" : ".txt")).findFirst()
					.orElseThrow(() -> new IllegalStateException("LibreOffice could not open " + file + ": " + log));
				if (!pdf) {
					return Files.readString(result, StandardCharsets.UTF_8);
				}
				try (var zip = new java.util.zip.ZipFile(result.toFile())) {
					var content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
							StandardCharsets.UTF_8);
					return content.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
				}
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(out);
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	/** The text of a PDF as Poppler's pdftotext reads it: what a reader copies out of the file. */
	public static String pdfText(Path file) throws IOException, InterruptedException {
		var process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-")
			.redirectErrorStream(true)
			.start();
		var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return text;
	}

}
