package org.appwatch.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.appwatch.jobs.SchemaTypes.field;
import static org.appwatch.jobs.SchemaTypes.strings;
import static org.appwatch.jobs.SchemaTypes.struct;

import org.apache.spark.sql.types.StructType;

/**
 * The columns of {@code apk-features/v1} (docs/datasets.md is the contract and lists the same
 * columns): what one analysis of one APK yields, keyed by {@code apk_sha256}. The written dataset
 * adds {@code package_name} from the crawl record and the {@code crawl_id} and {@code store}
 * partition columns.
 */
final class ApkFeaturesSchema {
  private ApkFeaturesSchema() {}

  static final StructType COMPONENT =
      struct(
          field("kind", StringType),
          field("name", StringType),
          field("exported", BooleanType),
          field("effectively_exported", BooleanType),
          field("actions", strings()));

  static final StructType SDK =
      struct(
          field("sdk_id", StringType),
          field("name", StringType),
          field("vendor", StringType),
          field("categories", strings()),
          field("signal", StringType),
          field("evidence", StringType));

  static final StructType SENSITIVE_API =
      struct(
          field("api_id", StringType),
          field("kind", StringType),
          field("api", StringType),
          field("calling_classes", strings()));

  /** One analysis result; field order is the order {@link ApkFeatureRows} fills. */
  static final StructType FEATURES =
      struct(
          field("apk_sha256", StringType),
          field("apk_size", LongType),
          field("manifest_package", StringType),
          field("version_code", LongType),
          field("version_name", StringType),
          field("min_sdk", IntegerType),
          field("target_sdk", IntegerType),
          field("max_sdk", IntegerType),
          field("permissions", strings()),
          field("dangerous_permissions", strings()),
          field("personal_data_kinds", strings()),
          field("components", createArrayType(COMPONENT, false)),
          field("debuggable", BooleanType),
          field("allow_backup", BooleanType),
          field("uses_cleartext_traffic", BooleanType),
          field("meta_data", createMapType(StringType, StringType, true)),
          field("signing_schemes", strings()),
          field("verified_schemes", strings()),
          field("signature_verified", BooleanType),
          field("signer_sha256", StringType),
          field("native_libraries", strings()),
          field("class_count", IntegerType),
          field("sdks", createArrayType(SDK, false)),
          field("sensitive_apis", createArrayType(SENSITIVE_API, false)),
          field("consent_keywords", strings()),
          field("consent_strings", strings()),
          field("consent_dialog_likely", BooleanType),
          field("embedded_policy_urls", strings()),
          field("policy_assets", strings()),
          field("report_json", StringType),
          field("error_codes", strings()),
          field("error_code", StringType),
          field("error_message", StringType));
}
