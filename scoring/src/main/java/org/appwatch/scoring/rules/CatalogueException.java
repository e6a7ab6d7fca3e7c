package org.appwatch.scoring.rules;

/** A rule catalogue that cannot be loaded; the message names the offending file first. */
public final class CatalogueException extends RuntimeException {

  private final String file;

  public CatalogueException(String file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  public CatalogueException(String file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  /** The file at fault ({@code AW-003.yaml}, {@code index.yaml}). */
  public String file() {
    return file;
  }
}
