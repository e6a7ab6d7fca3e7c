package org.appwatch.search.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.CrawlSnapshot;
import org.appwatch.publish.data.Datasets;
import org.appwatch.publish.data.Finding;
import org.appwatch.search.index.AppDocument;
import org.appwatch.search.index.FindingDocument;
import org.appwatch.search.index.PolicyDocument;

/**
 * The documents of the three indices for one crawl, built from the work directory: one app document
 * per row of {@code scores/v1} (with its listing's description and policy link, its APK's SDKs and
 * permissions, and its policy's text), one finding document per row of {@code findings/v1}, and one
 * policy document per scored app whose policy link led to a text. Holds everything in memory: about
 * 43 findings per app, a few kilobytes of policy text per app.
 */
public record CrawlDocuments(
    String crawlId,
    List<AppDocument> apps,
    List<FindingDocument> findings,
    List<PolicyDocument> policies) {

  /** The rolled-up verdicts that make an item one to look at; unknown and manual-check are not. */
  private static final Set<String> CONCERNS = Set.of("violation", "likely");

  public CrawlDocuments {
    apps = List.copyOf(apps);
    findings = List.copyOf(findings);
    policies = List.copyOf(policies);
  }

  /**
   * Reads one crawl's datasets.
   *
   * @param crawlId the crawl, or null for the latest one with scores
   * @throws org.appwatch.publish.data.NoDatasetsException if there are no scores yet, or none for
   *     {@code crawlId}
   * @throws IOException if a dataset or a policy text cannot be read
   */
  public static CrawlDocuments read(Path workDir, String crawlId) throws IOException {
    Datasets datasets = new Datasets(workDir);
    String id = datasets.resolveCrawl(crawlId);
    CrawlSnapshot snapshot = datasets.load(id);
    var listings = CrawlListings.read(workDir, id);
    var apks = ApkFacts.read(workDir, id);
    CrawlPolicies pages = CrawlPolicies.read(workDir, id);
    Map<String, String> texts = new HashMap<>();
    List<AppDocument> apps = new ArrayList<>();
    List<PolicyDocument> policies = new ArrayList<>();
    for (AppScore s : snapshot.scores()) {
      CrawlListings.Listing listing = listings.get(s.key());
      ApkFacts.Apk apk = apks.get(s.key());
      String policyUrl = listing == null ? null : listing.policyUrl();
      CrawlPolicies.Page page = pages.page(policyUrl);
      String text = null;
      if (page != null && page.hasText()) {
        text = texts.get(page.textSha256());
        if (text == null) {
          text = pages.text(page);
          texts.put(page.textSha256(), text);
        }
        policies.add(
            new PolicyDocument(
                page.textSha256(),
                s.store(),
                s.packageName(),
                id,
                page.url(),
                page.language(),
                text,
                page.warcRecordId()));
      }
      apps.add(app(s, listing, apk, policyUrl, text));
    }
    List<FindingDocument> findings = new ArrayList<>();
    for (Finding f : snapshot.findings()) {
      findings.add(finding(f));
    }
    return new CrawlDocuments(id, apps, findings, policies);
  }

  private static AppDocument app(
      AppScore s, CrawlListings.Listing listing, ApkFacts.Apk apk, String policyUrl, String text) {
    List<String> permissions =
        apk != null ? apk.permissions() : listing != null ? listing.permissions() : List.of();
    return new AppDocument(
        s.store(),
        s.packageName(),
        s.crawlId(),
        s.title(),
        s.developer(),
        s.category(),
        s.installsMin(),
        listing == null ? null : listing.description(),
        policyUrl,
        s.policySha256(),
        text,
        apk == null ? List.of() : apk.sdks(),
        permissions,
        s.items().stream()
            .filter(i -> CONCERNS.contains(i.verdict()))
            .map(AppScore.ItemRoll::item)
            .toList(),
        s.items().stream().map(AppScore.ItemRoll::verdict).distinct().sorted().toList(),
        s.riskScore(),
        s.priority());
  }

  private static FindingDocument finding(Finding f) {
    return new FindingDocument(
        f.crawlId(),
        f.store(),
        f.packageName(),
        f.ruleId(),
        f.methodItems(),
        f.verdict(),
        f.severity(),
        f.confidence(),
        f.catalogueVersion(),
        f.evidence().stream()
            .map(
                e ->
                    new FindingDocument.Evidence(
                        e.kind(), e.snippet(), e.file(), e.offset(), e.warcRecordId()))
            .toList());
  }
}
