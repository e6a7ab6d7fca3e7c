package org.appwatch.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.appwatch.jobs.SchemaTypes.field;
import static org.appwatch.jobs.SchemaTypes.strings;
import static org.appwatch.jobs.SchemaTypes.struct;

import org.apache.spark.sql.types.StructType;

/**
 * The analysis columns of {@code policy-features/v1} (docs/datasets.md lists the same columns):
 * what one run of the policy analyser yields for one policy text, keyed by {@code analysis_key}
 * (the crawler's text SHA-256, or the payload's when the page had no text). The written dataset
 * adds the crawl record's columns and the {@code crawl_id} and {@code store} partition columns.
 */
final class PolicyFeaturesSchema {
  private PolicyFeaturesSchema() {}

  static final StructType FEATURE =
      struct(
          field("feature", StringType),
          field("cites", strings()),
          field("meaning", StringType),
          field("found", BooleanType),
          field("sentences", IntegerType));

  static final StructType DETECTION =
      struct(
          field("method_item", StringType),
          field("feature", StringType),
          field("sentence_index", IntegerType),
          field("sentence", StringType),
          field("section", StringType),
          field("char_start", IntegerType),
          field("char_end", IntegerType),
          field("pattern", StringType),
          field("negated", BooleanType));

  /** A value read from the policy: third party, sensitive item, date, response time, contact. */
  static final StructType VALUE =
      struct(
          field("kind", StringType),
          field("name", StringType),
          field("detail", StringType),
          field("sentence_index", IntegerType));

  /** One analysis; field order is the order {@link PolicyFeatureRows} fills. */
  static final StructType ANALYSIS =
      struct(
          field("analysis_key", StringType),
          field("status", StringType),
          field("status_detail", StringType),
          field("language", StringType),
          field("script", StringType),
          field("sha256", StringType),
          field("chars", IntegerType),
          field("sentences", IntegerType),
          field("mean_sentence_chars", DoubleType),
          field("jargon_share", DoubleType),
          field("features", createArrayType(FEATURE, false)),
          field("detections", createArrayType(DETECTION, false)),
          field("policy_values", createArrayType(VALUE, false)),
          field("analysis_json", StringType),
          field("error_code", StringType),
          field("error_message", StringType));
}
