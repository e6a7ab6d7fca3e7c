package org.appwatch.publish.data;

import static org.appwatch.publish.data.GroupFields.bool;
import static org.appwatch.publish.data.GroupFields.date;
import static org.appwatch.publish.data.GroupFields.doubleValue;
import static org.appwatch.publish.data.GroupFields.int32;
import static org.appwatch.publish.data.GroupFields.int64;
import static org.appwatch.publish.data.GroupFields.requiredString;
import static org.appwatch.publish.data.GroupFields.string;
import static org.appwatch.publish.data.GroupFields.strings;
import static org.appwatch.publish.data.GroupFields.structs;

import org.apache.parquet.example.data.Group;

/** Converts Parquet records of {@code scores/v1} and {@code findings/v1} into records. */
final class Rows {

  private Rows() {}

  static AppScore score(String crawlId, String store, Group g) {
    return new AppScore(
        crawlId,
        store,
        requiredString(g, "package_name"),
        string(g, "title"),
        string(g, "developer"),
        string(g, "category"),
        int64(g, "installs_min"),
        string(g, "apk_sha256"),
        string(g, "policy_sha256"),
        doubleValue(g, "risk_score"),
        int32(g, "priority"),
        string(g, "explanation"),
        int32(g, "violations"),
        int32(g, "likely"),
        int32(g, "unknown"),
        int32(g, "manual_checks"),
        int32(g, "passes"),
        structs(
            g,
            "items",
            i ->
                new AppScore.ItemRoll(
                    requiredString(i, "item"),
                    requiredString(i, "verdict"),
                    strings(i, "rule_ids"))),
        bool(g, "changed_since_previous"),
        string(g, "catalogue_version"),
        date(g, "crawl_date"));
  }

  static Finding finding(String crawlId, String store, Group g) {
    return new Finding(
        crawlId,
        store,
        requiredString(g, "package_name"),
        requiredString(g, "rule_id"),
        strings(g, "method_items"),
        requiredString(g, "kind"),
        requiredString(g, "verdict"),
        string(g, "severity"),
        doubleValue(g, "confidence"),
        string(g, "wording_zh"),
        string(g, "wording_en"),
        structs(
            g,
            "evidence",
            e ->
                new Finding.Evidence(
                    string(e, "kind"),
                    string(e, "snippet"),
                    string(e, "file"),
                    int64(e, "offset"),
                    string(e, "warc_record_id"))),
        string(g, "catalogue_version"));
  }
}
