package org.appwatch.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.appwatch.model.AppKey;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.CrawlSnapshot;
import org.appwatch.publish.data.Datasets;
import org.appwatch.publish.data.MethodItem;
import org.appwatch.publish.data.WarcIndex;
import org.appwatch.publish.html.PageFacts;
import org.appwatch.publish.site.LeagueTable;
import org.appwatch.publish.site.SdkCounts;
import org.appwatch.publish.site.SiteWriter;
import org.appwatch.publish.spotcheck.EvidenceLinks;
import org.appwatch.publish.spotcheck.SpotCheck;
import org.appwatch.publish.spotcheck.SpotCheckList;
import org.appwatch.publish.spotcheck.SpotCheckQuery;
import org.appwatch.publish.spotcheck.SpotCheckWriter;

/**
 * The outputs people use, made from a work directory's datasets: the spot-check list and the
 * league-table site. Errors a user can fix are {@link
 * org.appwatch.publish.data.NoDatasetsException} (nothing to publish yet) and {@link
 * IllegalArgumentException} (an unknown store or category, naming the known ones).
 */
public final class Publisher {

  private final Path workDir;
  private final Datasets datasets;
  private final List<MethodItem> items;

  /**
   * @param items the Method's items as the rule catalogue covers them, in the Method's order
   */
  public Publisher(Path workDir, List<MethodItem> items) {
    this.workDir = workDir;
    this.datasets = new Datasets(workDir);
    this.items = List.copyOf(items);
  }

  /** What was written, and how many apps it lists. */
  public record Result(String crawlId, int apps, List<Path> files) {}

  /** Writes the spot-check list of crawl {@code crawlId} (null: the latest). */
  public Result spotChecks(
      String crawlId, SpotCheckQuery query, Set<SpotCheckWriter.Format> formats, Path outDir)
      throws IOException {
    String id = datasets.resolveCrawl(crawlId);
    Set<AppKey> keys =
        SpotCheckList.apps(datasets.loadScores(id), query).stream()
            .map(AppScore::key)
            .collect(Collectors.toSet());
    CrawlSnapshot crawl = datasets.load(id, keys::contains);
    List<SpotCheck> list = SpotCheckList.build(crawl, query);
    String scope =
        "前 Top "
            + query.top()
            + " · 应用商店 store: "
            + orAll(query.store())
            + " · 类别 category: "
            + orAll(query.category());
    EvidenceLinks links = new EvidenceLinks(workDir, WarcIndex.load(workDir, crawl.crawlId()));
    List<Path> files =
        SpotCheckWriter.write(list, scope, facts(crawl, previous(crawl)), links, formats, outDir);
    return new Result(crawl.crawlId(), list.size(), files);
  }

  /**
   * Writes the league-table site of crawl {@code crawlId} (null: the latest) into {@code outDir}.
   */
  public Result publish(String crawlId, Path outDir) throws IOException {
    CrawlSnapshot crawl = datasets.loadScores(datasets.resolveCrawl(crawlId));
    SdkCounts sdks = new SdkCounts();
    datasets.forEachFinding(crawl.crawlId(), sdks::add);
    Optional<CrawlSnapshot> previous = previous(crawl);
    LeagueTable league = LeagueTable.of(crawl, previous, sdks, facts(crawl, previous));
    List<Path> files = SiteWriter.write(league, outDir);
    return new Result(crawl.crawlId(), crawl.scores().size(), files);
  }

  private Optional<CrawlSnapshot> previous(CrawlSnapshot crawl) throws IOException {
    Optional<String> id = datasets.previous(crawl.crawlId());
    return id.isPresent() ? Optional.of(datasets.loadScores(id.get())) : Optional.empty();
  }

  private PageFacts facts(CrawlSnapshot crawl, Optional<CrawlSnapshot> before) throws IOException {
    CrawlSnapshot previous = before.orElse(null);
    return new PageFacts(
        crawl.crawlId(),
        crawl.crawlDate(),
        previous == null ? null : previous.crawlId(),
        previous == null ? null : previous.crawlDate(),
        crawl.catalogueVersion(),
        items,
        datasets.accuracy());
  }

  private static String orAll(String s) {
    return s == null ? "全部 all" : s;
  }
}
