package org.appwatch.scoring.assess.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code verdict-accuracy/v1} (docs/datasets.md), the file the publisher reads to state the
 * measured accuracy per item. Written beside its place and moved in, so a reader never sees half a
 * file.
 */
public final class AccuracyFile {

  private AccuracyFile() {}

  /**
   * What the figures were measured on.
   *
   * @param apps the corpus's base size
   * @param measuredOn how, in words shown to readers (e.g. "the crawl 20261125-… of the local
   *     store")
   */
  public record Corpus(int apps, long seed, int epoch, String measuredOn) {}

  /**
   * One item's figures; precision is null when nothing was flagged, recall when the key flags
   * nothing.
   */
  public record ItemFigures(String item, int tp, int fp, int fn, Double precision, Double recall) {

    /** True when the item reaches precision 0.98 and recall 0.95 (a null figure cannot miss). */
    public boolean meetsTarget() {
      return (precision == null || precision >= AccuracyResult.MIN_PRECISION)
          && (recall == null || recall >= AccuracyResult.MIN_RECALL);
    }

    static ItemFigures of(String item, int tp, int fp, int fn) {
      return new ItemFigures(
          item,
          tp,
          fp,
          fn,
          tp + fp == 0 ? null : (double) tp / (tp + fp),
          tp + fn == 0 ? null : (double) tp / (tp + fn));
    }
  }

  /** Writes the file, replacing an earlier one. */
  public static void write(Path file, Corpus corpus, List<ItemFigures> items) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("corpus", corpus);
    doc.put("items", items);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), doc);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static List<ItemFigures> figures(List<ItemTally> tallies) {
    return tallies.stream().map(t -> ItemFigures.of(t.item(), t.tp(), t.fp(), t.fn())).toList();
  }
}
