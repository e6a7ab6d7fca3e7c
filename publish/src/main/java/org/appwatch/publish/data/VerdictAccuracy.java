package org.appwatch.publish.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code verdict-accuracy/v1}: verdicts measured against a corpus whose truth is known. Unknown
 * JSON fields are ignored (a minor version may add some).
 */
public record VerdictAccuracy(Corpus corpus, List<ItemAccuracy> items) {

  public VerdictAccuracy {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * What the accuracy was measured on.
   *
   * @param measuredOn how, in words for readers; may be null in files written before it existed
   */
  public record Corpus(Long apps, Long seed, String epoch, String measuredOn) {}

  /** One item's counts; precision and recall may be null when undefined (no positives). */
  public record ItemAccuracy(
      String item, long tp, long fp, long fn, Double precision, Double recall) {}

  /** The items by id. */
  public Map<String, ItemAccuracy> byItem() {
    return items.stream()
        .collect(Collectors.toMap(ItemAccuracy::item, Function.identity(), (a, b) -> a));
  }

  /**
   * Reads the file, or empty when it does not exist.
   *
   * @throws IOException when it exists but is not {@code verdict-accuracy/v1}
   */
  public static Optional<VerdictAccuracy> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ObjectMapper()
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
              .readValue(file.toFile(), VerdictAccuracy.class));
    } catch (IOException e) {
      throw new IOException(file + " is not verdict-accuracy/v1: " + e.getMessage(), e);
    }
  }
}
