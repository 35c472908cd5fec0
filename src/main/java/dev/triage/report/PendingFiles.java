package dev.triage.report;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The temporary files being written before they are moved into place, deleted by a shutdown hook
 * when the JVM ends first (SIGINT, SIGTERM, SIGHUP: the JVM runs its hooks, but not the {@code
 * finally} blocks of a thread still writing). A file is registered as it is created, under the same
 * lock the hook takes, so the hook can neither miss one nor run while one is being created; once it
 * has run, no more are created. A report holds health details, so nothing of it may be left behind.
 * (SIGKILL runs no hook; nothing can clean up after it.)
 *
 * <p>The set is static because a shutdown hook belongs to the process, not to one command.
 */
final class PendingFiles {
  private static final Object LOCK = new Object();
  private static final Set<Path> PENDING = new HashSet<>();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static boolean hooked;
  private static boolean ending;

  private PendingFiles() {}

  /**
   * Creates an empty file {@code .NAME.RANDOM.tmp} in {@code dir}, readable by its owner only, that
   * the hook deletes if the JVM ends before {@link #done} is called.
   *
   * @throws IOException when it cannot be created, or the JVM is already ending
   */
  static Path create(Path dir, String name) throws IOException {
    synchronized (LOCK) {
      if (ending) {
        throw new IOException("the program is ending");
      }
      if (!hooked) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(PendingFiles::deleteAll, "triage-pending-files"));
        hooked = true;
      }
      byte[] random = new byte[8];
      RANDOM.nextBytes(random);
      Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
      Files.createFile(temp, ownerOnly());
      PENDING.add(temp);
      return temp;
    }
  }

  /** The file was moved into place or deleted: nothing is left to clean up. */
  static void done(Path temp) {
    synchronized (LOCK) {
      PENDING.remove(temp);
    }
  }

  private static void deleteAll() {
    synchronized (LOCK) {
      ending = true;
      for (Path temp : PENDING) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The JVM is ending; there is no one left to tell.
        }
      }
      PENDING.clear();
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }
}
