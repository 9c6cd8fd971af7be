package vn.congvu.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place for temporary files that may hold personal data (uploaded imports and mark sheets, large downloads,
 * multipart uploads): a folder of this running application that only its own user can open (0700, files 0600), under
 * a base folder of the same kind ({@code congvu.private-files.dir}, by default {@code congvu-private} in the system's
 * temporary folder).
 * <ul>
 * <li>Each running application has its own folder and holds a lock on it while it runs; at start, the folders of
 * applications that no longer run (stopped by kill -9, a crash, a power cut) are removed with what they hold.</li>
 * <li>At a clean stop the folder goes too; each user of a file deletes it as soon as it is done with it.</li>
 * <li>A base folder that belongs to another user or is a link is refused: on a shared host, somebody else could read
 * or swap the files.</li>
 * </ul>
 */
@Component
public class PrivateFiles implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private static final String LOCK = ".lock";

	/**
	 * The lock files this JVM holds (several application contexts in one JVM: tests). Never opened by the sweep: on
	 * Linux, closing any channel of a file drops every lock the process holds on it.
	 */
	private static final Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final Path folder;

	/** The folders of applications that stopped without cleaning up, removed at this start. */
	private final Set<String> abandoned;

	private final FileChannel lockChannel;

	private final FileLock lock;

	public PrivateFiles(@Value("${congvu.private-files.dir:${java.io.tmpdir}/congvu-private}") Path base) {
		try {
			var root = ownedFolder(base);
			this.abandoned = Set.copyOf(removeAbandoned(root));
			if (!abandoned.isEmpty()) {
				log.info("Removed {} temporary folder(s) left by applications that stopped without cleaning up",
						abandoned.size());
			}
			// the lock first (made under another name, locked, then renamed: a lock file is never seen unlocked while
			// its application lives), then the folder
			var id = UUID.randomUUID().toString();
			var making = root.resolve(id + ".locking");
			this.lockChannel = FileChannel.open(making, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			this.lock = lockChannel.lock();
			HELD.add(making);
			HELD.add(root.resolve(id + LOCK));
			Files.move(making, root.resolve(id + LOCK), StandardCopyOption.ATOMIC_MOVE);
			this.folder = Files.createDirectory(root.resolve(id), PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The private folder for temporary files could not be made under " + base, ex);
		}
	}

	/** This running application's name among those sharing the base folder (its folder's name). */
	public String instance() {
		return folder.getFileName().toString();
	}

	/**
	 * The applications on this host that stopped without cleaning up (killed, crashed), whose folders this start
	 * removed: work they had begun will never end.
	 */
	public Set<String> abandoned() {
		return abandoned;
	}

	/** The folder of this application: only its own user opens it. */
	public Path folder() {
		return folder;
	}

	/** A new empty file in the private folder (mode 0600); the caller deletes it when done. */
	public Path create(String prefix, String suffix) {
		try {
			return Files.createTempFile(folder, prefix, suffix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes a file made here, quietly if it is gone already; a failure is logged, never thrown. */
	public void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary file {}", file, ex);
		}
	}

	@Override
	public void destroy() {
		removeTree(folder);
		try {
			var lockFile = folder.resolveSibling(folder.getFileName() + LOCK);
			Files.deleteIfExists(lockFile);
			lock.release();
			lockChannel.close();
			HELD.remove(lockFile);
			HELD.remove(folder.resolveSibling(folder.getFileName() + ".locking"));
		}
		catch (IOException ex) {
			log.warn("Could not release the lock of {}", folder, ex);
		}
	}

	/** The base folder, made owner-only if it is new; refused if it is a link or somebody else's. */
	private static Path ownedFolder(Path base) throws IOException {
		try {
			Files.createDirectories(base.getParent());
			Files.createDirectory(base, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (FileAlreadyExistsException ex) {
			// there already: checked below
		}
		if (Files.isSymbolicLink(base) || !Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(base + " is not a folder of its own (a link or a file)");
		}
		var me = base.getFileSystem().getUserPrincipalLookupService()
			.lookupPrincipalByName(System.getProperty("user.name"));
		if (!Files.getOwner(base, LinkOption.NOFOLLOW_LINKS).equals(me)) {
			throw new IOException(base + " belongs to another user");
		}
		Files.setPosixFilePermissions(base, OWNER_ONLY);
		return base;
	}

	/**
	 * Removes the folders whose application no longer holds their lock (and the folders without a lock, and locks
	 * left half-made); the names of the folders removed.
	 */
	private static java.util.List<String> removeAbandoned(Path root) throws IOException {
		var removed = new java.util.ArrayList<String>();
		try (var children = Files.list(root)) {
			for (var child : children.toList()) {
				String name = child.getFileName().toString();
				if (name.endsWith(LOCK) || name.endsWith(".locking")) {
					if (unlocked(child)) {
						var owned = root.resolve(name.substring(0, name.lastIndexOf('.')));
						if (Files.isDirectory(owned, LinkOption.NOFOLLOW_LINKS)) {
							removeTree(owned);
							removed.add(owned.getFileName().toString());
						}
						Files.deleteIfExists(child);
					}
				}
				else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
						&& !Files.exists(root.resolve(name + LOCK), LinkOption.NOFOLLOW_LINKS)) {
					// a folder is made after its lock and removed before it: without one, nobody owns it
					removeTree(child);
					removed.add(name);
				}
			}
		}
		return removed;
	}

	/** Whether no running application holds the lock file (one of this same JVM counts as running: tests). */
	private static boolean unlocked(Path lockFile) {
		if (HELD.contains(lockFile)) {
			return false;
		}
		try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			var probe = channel.tryLock();
			if (probe == null) {
				return false;
			}
			probe.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void removeTree(Path top) {
		try (var all = Files.walk(top)) {
			for (var path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("Could not remove {} entirely", top, ex);
		}
	}

}
