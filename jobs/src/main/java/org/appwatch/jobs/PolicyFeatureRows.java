package org.appwatch.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.appwatch.scoring.policy.Detection;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalysisJson;
import org.appwatch.scoring.policy.PolicyValues;
import org.appwatch.scoring.policy.Readability;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns a {@link PolicyAnalysis} into a row of {@link PolicyFeaturesSchema#ANALYSIS}. A refused
 * page (no text, image only, …) keeps its status and detail; its feature columns are empty, since
 * nothing was read. The whole analysis goes into {@code analysis_json}, from which the score job
 * rebuilds the rules' policy facts exactly.
 */
final class PolicyFeatureRows {
  private PolicyFeatureRows() {}

  /** A row for a policy the job could not analyse (timeout, analyser failure, unreadable page). */
  static Row failure(String key, String code, String message) {
    Object[] values = new Object[PolicyFeaturesSchema.ANALYSIS.size()];
    values[0] = key;
    values[values.length - 2] = code;
    values[values.length - 1] = message;
    return RowFactory.create(values);
  }

  static Row of(String key, PolicyAnalysis a) {
    Readability r = a.readability();
    List<Row> features = new ArrayList<>();
    a.features()
        .forEach(
            (id, f) ->
                features.add(
                    RowFactory.create(
                        id, seq(f.cites()), f.meaning(), f.sentences() > 0, f.sentences())));
    List<Row> detections = new ArrayList<>();
    for (Map.Entry<String, List<Detection>> item : a.items().entrySet()) {
      for (Detection d : item.getValue()) {
        detections.add(
            RowFactory.create(
                item.getKey(),
                d.featureId(),
                d.sentence(),
                d.text(),
                d.heading(),
                d.start(),
                d.end(),
                d.patternId(),
                d.negated()));
      }
    }
    return RowFactory.create(
        key,
        a.status().label(),
        a.statusDetail(),
        a.language() == null ? null : a.language().language(),
        a.language() == null ? null : a.language().script(),
        a.sha256(),
        r == null ? null : r.chars(),
        r == null ? null : r.sentences(),
        r == null ? null : r.meanSentenceChars(),
        r == null ? null : r.jargonShare(),
        seq(features),
        seq(detections),
        seq(values(a.values())),
        PolicyAnalysisJson.write(a, true),
        null,
        null);
  }

  private static List<Row> values(PolicyValues v) {
    List<Row> out = new ArrayList<>();
    v.thirdParties()
        .forEach(t -> out.add(value("third-party", t.name(), t.vendor(), t.sentence())));
    v.sensitiveItems()
        .forEach(
            s ->
                out.add(
                    value(
                        "sensitive-item",
                        s.item(),
                        s.purposeStated() ? "purpose stated" : "no purpose",
                        s.sentence())));
    v.dates().forEach(d -> out.add(value("date", d.date(), d.kind(), d.sentence())));
    v.responseTimes()
        .forEach(
            t ->
                out.add(
                    value(
                        "response-time",
                        t.days() + " " + t.unit(),
                        t.exceedsLimit() ? "exceeds limit" : "within limit",
                        t.sentence())));
    v.contactChannels().forEach(c -> out.add(value("contact", c.value(), c.kind(), c.sentence())));
    return out;
  }

  private static Row value(String kind, String name, String detail, int sentence) {
    return RowFactory.create(kind, name, detail, sentence);
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
