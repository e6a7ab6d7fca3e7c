package org.appwatch.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.assess.AppAssessor;
import org.appwatch.scoring.assess.AppInputs;
import org.appwatch.scoring.assess.Listings;
import org.appwatch.scoring.assess.PeerTable;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalysisJson;
import org.appwatch.scoring.rules.AppAssessment;
import org.appwatch.scoring.rules.Finding;
import org.appwatch.scoring.rules.ItemVerdict;
import org.appwatch.scoring.rules.Rule;
import org.appwatch.scoring.rules.Verdict;
import org.appwatch.scoring.rules.evidence.AppEvidence;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.ListingFacts;
import org.appwatch.scoring.rules.evidence.PeerFacts;
import org.appwatch.scoring.rules.evidence.Provenance;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Assesses one app on an executor: a row of {@link ScoreInputs} (the crawl's listing, APK report
 * and policy analysis, and the app's {@code history/v1} row as a struct) in, a {@link
 * ScoreSchema#ASSESSED} row out. The APK report and the policy analysis are read back from the JSON
 * the feature jobs kept, so the rules see exactly what the analysers found. One assessor (rule
 * catalogue) per JVM.
 */
final class AppScoring {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private AppScoring() {}

  private static final class Holder {
    static final AppAssessor ASSESSOR = AppAssessor.standard();
    static final Map<String, String> KINDS = new HashMap<>();

    static {
      for (Rule r : ASSESSOR.engine().catalogue().rules()) {
        KINDS.put(r.id(), r.kind().id());
      }
    }
  }

  /**
   * Peer counts of the crawl from {@code peers/v1}: apps per store category and, per store
   * category, apps per permission.
   */
  record Peers(
      String crawlId,
      HashMap<String, Integer> apps,
      HashMap<String, HashMap<String, Integer>> permissionApps)
      implements java.io.Serializable {

    /** The map key of a store's category. */
    static String key(String store, String category) {
      return store + "\u0000" + category;
    }

    PeerFacts of(String store, String category) {
      String key = key(store, category);
      Integer n = category == null ? null : apps.get(key);
      return n == null
          ? null
          : PeerTable.of(category, n, permissionApps.getOrDefault(key, new HashMap<>()), crawlId);
    }
  }

  /**
   * Assesses a row of {@link ScoreInputs} with the app's {@code history/v1} row as the struct
   * {@code history} (null when the history job wrote none for it).
   */
  static Row assess(Row app, String crawlId, Peers peers) {
    AppInputs current = inputs(app, crawlId);
    HistoryFacts history = HistoryRows.facts(app.getAs("history"), current.apk(), crawlId);
    PeerFacts peer = peers.of(current.store(), current.listing().category());
    AppEvidence evidence = AppAssessor.evidence(current, history, peer);
    AppAssessment a = Holder.ASSESSOR.engine().assess(evidence);
    String version = Holder.ASSESSOR.engine().catalogue().version();
    return RowFactory.create(
        app.getAs("store"),
        app.getAs("package_name"),
        app.getAs("title"),
        app.getAs("developer"),
        app.getAs("category"),
        current.listing().installs(),
        current.apk() == null ? null : app.getAs("apk_sha256"),
        current.policy() == null ? null : current.policy().sha256(),
        a.score().score(),
        a.score().explanation(),
        (int) a.count(Verdict.VIOLATION),
        (int) a.count(Verdict.LIKELY),
        (int) a.count(Verdict.UNKNOWN),
        (int) a.count(Verdict.MANUAL_CHECK),
        (int) a.count(Verdict.PASS),
        seq(a.items().stream().map(AppScoring::item).toList()),
        changed(evidence.history()),
        version,
        seq(a.findings().stream().map(AppScoring::finding).toList()));
  }

  /** The inputs of one crawl from a row (or the {@code previous} struct) of {@link ScoreInputs}. */
  static AppInputs inputs(Row r, String crawlId) {
    Provenance page =
        new Provenance(
            "listing",
            r.getAs("title"),
            r.getAs("listing_url"),
            null,
            r.getAs("listing_warc"),
            crawlId);
    return AppAssessor.inputs(
        r.getAs("store"),
        r.getAs("package_name"),
        crawlId,
        listing(r, page),
        report(r.getAs("report_json")),
        new Provenance("apk", null, r.getAs("apk_file"), null, r.getAs("apk_warc"), crawlId),
        analysis(r.getAs("analysis_json")),
        new Provenance(
            "policy", null, r.getAs("policy_final_url"), null, r.getAs("policy_warc"), crawlId));
  }

  private static ListingFacts listing(Row r, Provenance page) {
    String category = r.getAs("category");
    Long installs = Installs.min(r.getAs("installs"));
    if (!Boolean.TRUE.equals(r.getAs("policy_field_shown"))) {
      return Listings.withoutPolicyField(category, installs, page);
    }
    String policyUrl = r.getAs("policy_url");
    return Listings.of(
        policyUrl, httpStatus(r.getAs("policy_crawl_status")), category, installs, page);
  }

  /** The policy link's state as the listing rules read it; 0 = no answer (or not fetched). */
  private static int httpStatus(String crawlStatus) {
    if (crawlStatus == null) {
      return 0;
    }
    return switch (crawlStatus) {
      case "ok", "no-text", "not-html" -> 200;
      case "dead" -> 404;
      default -> 0;
    };
  }

  private static ApkReport report(String json) {
    try {
      return json == null ? null : JSON.readValue(json, ApkReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("apk-features report_json is not an ApkReport", e);
    }
  }

  private static PolicyAnalysis analysis(String json) {
    return json == null ? null : PolicyAnalysisJson.read(json);
  }

  private static boolean changed(HistoryFacts h) {
    return h != null
        && (!h.permissionsAdded().isEmpty() || !h.sdksAdded().isEmpty() || h.policyTextChanged());
  }

  private static Row item(ItemVerdict i) {
    return RowFactory.create(
        i.item(),
        i.verdict().id(),
        seq(i.findings().stream().map(Finding::ruleId).distinct().toList()));
  }

  private static Row finding(Finding f) {
    return RowFactory.create(
        f.ruleId(),
        seq(f.items()),
        Holder.KINDS.get(f.ruleId()),
        f.verdict().id(),
        f.severity() == null ? null : f.severity().id(),
        f.confidence(),
        f.wording() == null ? null : f.wording().zh(),
        f.wording() == null ? null : f.wording().en(),
        seq(f.evidence().stream().map(AppScoring::evidence).toList()),
        f.catalogueVersion());
  }

  private static Row evidence(Provenance p) {
    return RowFactory.create(p.kind(), p.snippet(), p.file(), p.offset(), p.warcRecordId());
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
