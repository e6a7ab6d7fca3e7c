package org.appwatch.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.appwatch.jobs.SchemaTypes.field;
import static org.appwatch.jobs.SchemaTypes.strings;
import static org.appwatch.jobs.SchemaTypes.struct;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.appwatch.scoring.assess.AppInputs;
import org.appwatch.scoring.assess.HistoryDiff;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows of {@code history/v1} and back: {@link #compare} turns an app's inputs in two crawls
 * into a row with scoring's {@link HistoryDiff} (so the facts are the rules' facts); {@link #facts}
 * reads a row back into the {@link HistoryFacts} the rules see, given the app's current APK facts
 * (the permissions added are taken from them by name, with their protection level and kinds).
 */
final class HistoryRows {
  private HistoryRows() {}

  /**
   * {@code history/v1} without {@code crawl_id}; field order is the order {@link #compare} fills.
   */
  static final StructType SCHEMA =
      struct(
          field("store", StringType),
          field("package_name", StringType),
          field("previous_crawl_id", StringType),
          field("compared", BooleanType),
          field("apk_sha256", StringType),
          field("previous_apk_sha256", StringType),
          field("version_code", LongType),
          field("previous_version_code", LongType),
          field("version_name", StringType),
          field("previous_version_name", StringType),
          field("version_changed", BooleanType),
          field("permissions_added", strings()),
          field("dangerous_permissions_added", strings()),
          field("sdks_added", strings()),
          field("policy_sha256", StringType),
          field("previous_policy_sha256", StringType),
          field("policy_text_changed", BooleanType),
          field("policy_date_changed", BooleanType),
          field("summary", StringType));

  /**
   * One app's row: {@code app} is a row of {@link ScoreInputs} with {@code previous_crawl_id} and
   * the previous crawl's inputs as the struct {@code previous} (both null on a first appearance).
   */
  static Row compare(Row app, String crawlId) {
    AppInputs current = AppScoring.inputs(app, crawlId);
    String previousId = app.getAs("previous_crawl_id");
    Row before = app.getAs("previous");
    AppInputs previous = before == null ? null : AppScoring.inputs(before, previousId);
    HistoryFacts h = HistoryDiff.between(previous, current);
    Long version = app.getAs("version_code");
    Long previousVersion = before == null ? null : before.getAs("version_code");
    return RowFactory.create(
        app.getAs("store"),
        app.getAs("package_name"),
        previousId,
        h != null,
        app.getAs("apk_sha256"),
        before == null ? null : before.getAs("apk_sha256"),
        version,
        previousVersion,
        app.getAs("version_name"),
        before == null ? null : before.getAs("version_name"),
        version == null || previousVersion == null ? null : !version.equals(previousVersion),
        h == null ? null : seq(h.permissionsAdded().stream().map(ApkFacts.PermissionFact::name)),
        h == null
            ? null
            : seq(
                h.permissionsAdded().stream()
                    .filter(ApkFacts.PermissionFact::dangerous)
                    .map(ApkFacts.PermissionFact::name)),
        h == null ? null : seq(h.sdksAdded().stream()),
        policySha(current),
        previous == null ? null : policySha(previous),
        h == null ? null : h.policyTextChanged(),
        h == null ? null : h.policyDateChanged(),
        h == null ? null : h.provenance().snippet());
  }

  /**
   * The history facts of a {@code history/v1} row, or null when {@code row} is null or the crawls
   * could not be compared.
   *
   * @param apk the app's APK facts in the row's crawl
   */
  static HistoryFacts facts(Row row, ApkFacts apk, String crawlId) {
    if (row == null || !Boolean.TRUE.equals(row.getAs("compared")) || apk == null) {
      return null;
    }
    Set<String> added = new HashSet<>(row.<String>getList(row.fieldIndex("permissions_added")));
    List<ApkFacts.PermissionFact> permissions =
        apk.permissions().stream().filter(p -> added.contains(p.name())).toList();
    return new HistoryFacts(
        row.getAs("previous_crawl_id"),
        permissions,
        row.<String>getList(row.fieldIndex("sdks_added")),
        row.<Boolean>getAs("policy_text_changed"),
        row.<Boolean>getAs("policy_date_changed"),
        new Provenance("history", row.getAs("summary"), null, null, null, crawlId));
  }

  private static String policySha(AppInputs inputs) {
    PolicyFacts p = inputs.policy();
    return p == null || p.status() != PolicyFacts.Status.OK ? null : p.sha256();
  }

  private static scala.collection.immutable.Seq<String> seq(java.util.stream.Stream<String> s) {
    return CollectionConverters.asScala(s.filter(Objects::nonNull).toList()).toSeq();
  }
}
