package org.appwatch.crawler.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Files kept under their SHA-256 ({@code ab/abcdef….apk}), so that the same APK fetched twice, from
 * two stores or two crawls, is stored once and can be found from any record that names it.
 */
public final class ContentAddressedStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path root;
  private final String extension;

  public ContentAddressedStore(Path root, String extension) {
    this.root = root;
    this.extension = extension;
  }

  /** Where the file with this digest lives (whether or not it exists yet). */
  public Path pathOf(String sha256) {
    String digest = sha256.toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(digest).matches()) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
    }
    return root.resolve(digest.substring(0, 2)).resolve(digest + extension);
  }

  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  /** A fresh temporary file inside the store, on the same file system, for an atomic move. */
  public Path newTemporaryFile() throws IOException {
    Files.createDirectories(root);
    return Files.createTempFile(root, "incoming-", ".tmp");
  }

  /**
   * Moves a downloaded file into place under its digest; a file already there is kept and the
   * download is deleted.
   */
  public Path adopt(Path downloaded, String sha256) throws IOException {
    Path target = pathOf(sha256);
    if (Files.exists(target)) {
      Files.delete(downloaded);
      return target;
    }
    Files.createDirectories(target.getParent());
    Files.move(downloaded, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return target;
  }
}
