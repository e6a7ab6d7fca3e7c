package org.appwatch.publish.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes {@code scores/v1} and {@code findings/v1} partitions as Spark does: the schemas below are
 * what Spark 4 writes for the contract's columns (three-level lists, snappy, partition columns in
 * the folder names only).
 */
public final class FixtureWriter {

  static final MessageType SCORES =
      MessageTypeParser.parseMessageType(
          """
          message spark_schema {
            required binary package_name (STRING);
            optional binary title (STRING);
            optional binary developer (STRING);
            optional binary category (STRING);
            optional int64 installs_min;
            optional binary apk_sha256 (STRING);
            optional binary policy_sha256 (STRING);
            required double risk_score;
            required int32 priority;
            optional binary explanation (STRING);
            required int32 violations;
            required int32 likely;
            required int32 unknown;
            required int32 manual_checks;
            required int32 passes;
            optional group items (LIST) {
              repeated group list {
                optional group element {
                  optional binary item (STRING);
                  optional binary verdict (STRING);
                  optional group rule_ids (LIST) {
                    repeated group list { optional binary element (STRING); }
                  }
                }
              }
            }
            required boolean changed_since_previous;
            optional binary catalogue_version (STRING);
            optional int32 crawl_date (DATE);
          }
          """);

  static final MessageType FINDINGS =
      MessageTypeParser.parseMessageType(
          """
          message spark_schema {
            required binary package_name (STRING);
            required binary rule_id (STRING);
            optional group method_items (LIST) {
              repeated group list { optional binary element (STRING); }
            }
            required binary kind (STRING);
            required binary verdict (STRING);
            optional binary severity (STRING);
            required double confidence;
            optional binary wording_zh (STRING);
            optional binary wording_en (STRING);
            optional group evidence (LIST) {
              repeated group list {
                optional group element {
                  optional binary kind (STRING);
                  optional binary snippet (STRING);
                  optional binary file (STRING);
                  optional int64 offset;
                  optional binary warc_record_id (STRING);
                }
              }
            }
            optional binary catalogue_version (STRING);
          }
          """);

  private FixtureWriter() {}

  /** Writes one store partition of scores (an empty list writes a file with no rows). */
  public static void scores(Path workDir, String crawlId, String store, List<AppScore> rows)
      throws IOException {
    write(partition(workDir, "scores", crawlId, store), SCORES, rows, FixtureWriter::score);
  }

  /** Writes one store partition of findings. */
  public static void findings(Path workDir, String crawlId, String store, List<Finding> rows)
      throws IOException {
    write(partition(workDir, "findings", crawlId, store), FINDINGS, rows, FixtureWriter::finding);
  }

  private interface Fill<T> {
    void fill(Group g, T row);
  }

  private static <T> void write(Path file, MessageType schema, List<T> rows, Fill<T> fill)
      throws IOException {
    Files.createDirectories(file.getParent());
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> w =
        ExampleParquetWriter.builder(new LocalOutputFile(file))
            .withType(schema)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      for (T row : rows) {
        Group g = groups.newGroup();
        fill.fill(g, row);
        w.write(g);
      }
    }
    // what Spark leaves beside the data, which readers must ignore
    Files.writeString(file.resolveSibling("." + file.getFileName() + ".crc"), "not parquet");
  }

  private static Path partition(Path workDir, String dataset, String crawlId, String store) {
    return workDir.resolve(
        "datasets/"
            + dataset
            + "/crawl_id="
            + crawlId
            + "/store="
            + store
            + "/part-00000-fixture.snappy.parquet");
  }

  private static void score(Group g, AppScore s) {
    g.add("package_name", s.packageName());
    put(g, "title", s.title());
    put(g, "developer", s.developer());
    put(g, "category", s.category());
    if (s.installsMin() != null) {
      g.add("installs_min", s.installsMin());
    }
    put(g, "apk_sha256", s.apkSha256());
    put(g, "policy_sha256", s.policySha256());
    g.add("risk_score", s.riskScore());
    g.add("priority", s.priority());
    put(g, "explanation", s.explanation());
    g.add("violations", s.violations());
    g.add("likely", s.likely());
    g.add("unknown", s.unknown());
    g.add("manual_checks", s.manualChecks());
    g.add("passes", s.passes());
    Group list = g.addGroup("items");
    for (AppScore.ItemRoll i : s.items()) {
      Group e = list.addGroup("list").addGroup("element");
      e.add("item", i.item());
      e.add("verdict", i.verdict());
      strings(e.addGroup("rule_ids"), i.ruleIds());
    }
    g.add("changed_since_previous", s.changedSincePrevious());
    put(g, "catalogue_version", s.catalogueVersion());
    if (s.crawlDate() != null) {
      g.add("crawl_date", (int) s.crawlDate().toEpochDay());
    }
  }

  private static void finding(Group g, Finding f) {
    g.add("package_name", f.packageName());
    g.add("rule_id", f.ruleId());
    strings(g.addGroup("method_items"), f.methodItems());
    g.add("kind", f.kind());
    g.add("verdict", f.verdict());
    put(g, "severity", f.severity());
    g.add("confidence", f.confidence());
    put(g, "wording_zh", f.wordingZh());
    put(g, "wording_en", f.wordingEn());
    Group list = g.addGroup("evidence");
    for (Finding.Evidence ev : f.evidence()) {
      Group e = list.addGroup("list").addGroup("element");
      put(e, "kind", ev.kind());
      put(e, "snippet", ev.snippet());
      put(e, "file", ev.file());
      if (ev.offset() != null) {
        e.add("offset", ev.offset());
      }
      put(e, "warc_record_id", ev.warcRecordId());
    }
    put(g, "catalogue_version", f.catalogueVersion());
  }

  private static void strings(Group list, List<String> values) {
    for (String v : values) {
      list.addGroup("list").add("element", v);
    }
  }

  private static void put(Group g, String field, String value) {
    if (value != null) {
      g.add(field, value);
    }
  }
}
