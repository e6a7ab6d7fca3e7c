package org.appwatch.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.appwatch.jobs.SchemaTypes.field;
import static org.appwatch.jobs.SchemaTypes.strings;
import static org.appwatch.jobs.SchemaTypes.struct;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The columns the score job computes per app ({@link #ASSESSED}): the {@code scores/v1} columns
 * except {@code priority} and {@code crawl_date} (set over the whole crawl), plus the app's {@code
 * findings/v1} rows as a nested list. docs/datasets.md is the contract.
 */
final class ScoreSchema {
  private ScoreSchema() {}

  static final StructType EVIDENCE =
      struct(
          field("kind", StringType),
          field("snippet", StringType),
          field("file", StringType),
          field("offset", LongType),
          field("warc_record_id", StringType));

  /** A {@code findings/v1} row without {@code package_name} and the partition columns. */
  static final StructType FINDING =
      struct(
          field("rule_id", StringType),
          field("method_items", strings()),
          field("kind", StringType),
          field("verdict", StringType),
          field("severity", StringType),
          field("confidence", DoubleType),
          field("wording_zh", StringType),
          field("wording_en", StringType),
          field("evidence", createArrayType(EVIDENCE, false)),
          field("catalogue_version", StringType));

  static final StructType ITEM =
      struct(field("item", StringType), field("verdict", StringType), field("rule_ids", strings()));

  /** Field order is the order {@link AppScoring} fills. */
  static final StructType ASSESSED =
      struct(
          field("store", StringType),
          field("package_name", StringType),
          field("title", StringType),
          field("developer", StringType),
          field("category", StringType),
          field("installs_min", LongType),
          field("apk_sha256", StringType),
          field("policy_sha256", StringType),
          field("risk_score", DoubleType),
          field("explanation", StringType),
          field("violations", IntegerType),
          field("likely", IntegerType),
          field("unknown", IntegerType),
          field("manual_checks", IntegerType),
          field("passes", IntegerType),
          field("items", createArrayType(ITEM, false)),
          field("changed_since_previous", BooleanType),
          field("catalogue_version", StringType),
          field("findings", createArrayType(FINDING, false)));

  /** {@code scores/v1} in the documented order, before the partition columns. */
  static final List<String> SCORES =
      List.of(
          "package_name",
          "title",
          "developer",
          "category",
          "installs_min",
          "apk_sha256",
          "policy_sha256",
          "risk_score",
          "priority",
          "explanation",
          "violations",
          "likely",
          "unknown",
          "manual_checks",
          "passes",
          "items",
          "changed_since_previous",
          "catalogue_version",
          "crawl_date");
}
