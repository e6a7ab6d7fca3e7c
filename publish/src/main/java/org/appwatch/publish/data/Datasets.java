package org.appwatch.publish.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.appwatch.model.AppKey;

/**
 * Reads the datasets the outputs are made of, under a work directory: {@code datasets/scores/},
 * {@code datasets/findings/} (both Parquet, see docs/datasets.md) and {@code
 * reports/verdict-accuracy.json}. The crawls are those with a scores partition; findings of a crawl
 * may be missing (then its apps show no finding detail).
 */
public final class Datasets {

  private final Path workDir;
  private final ParquetDataset scores;
  private final ParquetDataset findings;

  public Datasets(Path workDir) {
    this.workDir = workDir;
    this.scores = new ParquetDataset(workDir.resolve("datasets/scores"));
    this.findings = new ParquetDataset(workDir.resolve("datasets/findings"));
  }

  /** The crawl ids with scores, oldest first. */
  public List<String> crawlIds() throws IOException {
    return scores.crawlIds();
  }

  /**
   * The crawl to publish: {@code crawlId} when given, else the latest.
   *
   * @throws NoDatasetsException when there are no scores yet, or no crawl {@code crawlId}
   */
  public String resolveCrawl(String crawlId) throws IOException {
    List<String> ids = crawlIds();
    if (ids.isEmpty()) {
      throw new NoDatasetsException(
          "no scores dataset under " + scores.dir() + " yet: run `appwatch run` first");
    }
    if (crawlId == null) {
      return ids.get(ids.size() - 1);
    }
    if (!ids.contains(crawlId)) {
      throw new NoDatasetsException(
          "no crawl " + crawlId + " in " + scores.dir() + "; crawls: " + String.join(", ", ids));
    }
    return crawlId;
  }

  /** The crawl before {@code crawlId}, if any. */
  public Optional<String> previous(String crawlId) throws IOException {
    List<String> ids = crawlIds();
    int at = ids.indexOf(crawlId);
    return at > 0 ? Optional.of(ids.get(at - 1)) : Optional.empty();
  }

  /**
   * Loads one crawl's scores and all its findings (42 rows per app: for small crawls and tests).
   */
  public CrawlSnapshot load(String crawlId) throws IOException {
    return load(crawlId, key -> true);
  }

  /**
   * Loads one crawl's scores, and the findings of the apps {@code keep} accepts. Cost: reads the
   * crawl's partitions of both datasets; holds only the findings kept.
   */
  public CrawlSnapshot load(String crawlId, Predicate<AppKey> keep) throws IOException {
    List<AppScore> s = new ArrayList<>();
    scores.read(crawlId, (store, g) -> s.add(Rows.score(crawlId, store, g)));
    List<Finding> f = new ArrayList<>();
    findings.read(
        crawlId,
        (store, g) -> {
          if (keep.test(new AppKey(store, GroupFields.requiredString(g, "package_name")))) {
            f.add(Rows.finding(crawlId, store, g));
          }
        });
    return new CrawlSnapshot(crawlId, scores.stores(crawlId), s, f);
  }

  /** Loads one crawl's scores only. */
  public CrawlSnapshot loadScores(String crawlId) throws IOException {
    List<AppScore> s = new ArrayList<>();
    scores.read(crawlId, (store, g) -> s.add(Rows.score(crawlId, store, g)));
    return new CrawlSnapshot(crawlId, scores.stores(crawlId), s, List.of());
  }

  /** Streams every finding of one crawl, holding none. */
  public void forEachFinding(String crawlId, Consumer<Finding> each) throws IOException {
    findings.read(crawlId, (store, g) -> each.accept(Rows.finding(crawlId, store, g)));
  }

  /** The measured verdict accuracy, when the measurement has been run. */
  public Optional<VerdictAccuracy> accuracy() throws IOException {
    return VerdictAccuracy.read(workDir.resolve("reports/verdict-accuracy.json"));
  }
}
