package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary files with personal data: an owner-only folder per running application, files only its user reads,
 * leftovers of applications that stopped without cleaning up removed at the next start, nothing left at a clean stop.
 * (A folder left by a JVM killed with SIGKILL is in {@code ImportCrashTests}.)
 */
class PrivateFilesTests {

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private static List<String> names(Path folder) throws IOException {
		try (var all = Files.list(folder)) {
			return all.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void filesAreTheOwnersAloneAndGoWithACleanStop(@TempDir Path temp) throws IOException {
		var base = temp.resolve("private");
		var files = new PrivateFiles(base);
		var file = files.create("import-", ".csv");
		Files.writeString(file, "095085100001,Nguyễn Văn Lợi");
		assertThat(mode(base)).isEqualTo("rwx------");
		assertThat(mode(files.folder())).isEqualTo("rwx------");
		assertThat(mode(file)).isEqualTo("rw-------");
		assertThat(file.getParent()).isEqualTo(files.folder());
		files.delete(file);
		files.delete(file);
		assertThat(file).doesNotExist();

		files.create("download-", ".tmp");
		files.destroy();
		assertThat(names(base)).isEmpty();
	}

	@Test
	void leftoversOfStoppedApplicationsGoAtStartAndLiveOnesStay(@TempDir Path temp) throws IOException {
		var base = temp.resolve("private");
		var alive = new PrivateFiles(base);
		var kept = alive.create("import-", ".csv");
		// what a killed application leaves: its folder, a file in it and its lock file, which nobody holds any more
		var dead = Files.createDirectory(base.resolve("0f0e0d0c-dead"));
		Files.writeString(dead.resolve("import-1.csv"), "095085100002,Trần Thị Ngọc");
		Files.createFile(base.resolve("0f0e0d0c-dead.lock"));
		// a folder with no lock at all, and a lock left half-made
		Files.createDirectory(base.resolve("no-lock"));
		Files.createFile(base.resolve("half-made.locking"));

		var next = new PrivateFiles(base);
		assertThat(names(base)).containsExactlyInAnyOrder(alive.folder().getFileName().toString(),
				alive.folder().getFileName() + ".lock", next.folder().getFileName().toString(),
				next.folder().getFileName() + ".lock");
		assertThat(kept).exists();
		next.destroy();
		alive.destroy();
		assertThat(names(base)).isEmpty();
	}

	@Test
	void aBaseThatIsALinkIsRefused(@TempDir Path temp) throws IOException {
		var elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
		var link = Files.createSymbolicLink(temp.resolve("private"), elsewhere);
		assertThatThrownBy(() -> new PrivateFiles(link)).isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("private");
		assertThat(names(elsewhere)).isEmpty();
	}

	@Test
	void aBaseOfAnotherUserIsRefused(@TempDir Path temp) throws Exception {
		assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a folder away");
		var base = Files.createDirectory(temp.resolve("private"));
		var nobody = base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
		Files.setOwner(base, nobody);
		assertThatThrownBy(() -> new PrivateFiles(base)).isInstanceOf(UncheckedIOException.class)
			.hasRootCauseMessage(base + " belongs to another user");
	}

	@Test
	void anExistingBaseOfTheOwnerIsClosedToOthers(@TempDir Path temp) throws IOException {
		var base = Files.createDirectory(temp.resolve("private"));
		Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxrwxrwx"));
		var files = new PrivateFiles(base);
		assertThat(mode(base)).isEqualTo("rwx------");
		files.destroy();
	}

}
