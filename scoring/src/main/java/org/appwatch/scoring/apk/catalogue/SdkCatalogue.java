package org.appwatch.scoring.apk.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The pinned SDK catalogue: {@code sdk-catalogue.json} on the classpath, regenerated only by {@link
 * CatalogueImport}. The product reads nothing else at run time.
 *
 * @param sources what each source name in the entries stands for (list, snapshot, licence)
 * @param sdks the entries, sorted by id
 */
public record SdkCatalogue(Map<String, String> sources, List<SdkEntry> sdks) {
  static final String RESOURCE = "/org/appwatch/scoring/apk/sdk-catalogue.json";
  private static volatile SdkCatalogue pinned;

  /** The catalogue shipped in the jar; read once. */
  public static SdkCatalogue pinned() {
    SdkCatalogue c = pinned;
    if (c == null) {
      try (InputStream in = SdkCatalogue.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " missing from the classpath");
        }
        c = CatalogueReader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + " unreadable", e);
      }
      pinned = c;
    }
    return c;
  }

  static SdkCatalogue read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CatalogueReader.read(in);
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  String toJson() {
    try {
      // Databind only for writing (the import), so that reading need not load it.
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this)
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(Path file) throws IOException {
    Files.writeString(file, toJson());
  }
}
