package org.appwatch.publish.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader against files Spark itself writes (partitionBy, snappy, its list layout and its
 * escaping of partition values), not only against the fixture writer's imitation.
 */
class SparkWrittenDatasetTest {

  @Test
  void readsScoresAndFindingsAsSparkWritesThem(@TempDir Path work) throws Exception {
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("publish-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .getOrCreate();
    try {
      spark
          .sql(
              """
              SELECT 'com.example.reader' AS package_name, '微信读书 <i>' AS title,
                     CAST(NULL AS STRING) AS developer, '阅读' AS category,
                     CAST(5000000 AS BIGINT) AS installs_min, 'ab' AS apk_sha256,
                     CAST(NULL AS STRING) AS policy_sha256, 14.26D AS risk_score, 1 AS priority,
                     'risk 14.26' AS explanation, 2 AS violations, 1 AS likely, 0 AS unknown,
                     2 AS manual_checks, 20 AS passes,
                     array(named_struct('item', 'M2.1', 'verdict', 'violation',
                                        'rule_ids', array('AW-012', 'AW-013'))) AS items,
                     true AS changed_since_previous, '1+e8cbafb6' AS catalogue_version,
                     DATE'2026-11-24' AS crawl_date,
                     '20261124T231500Z' AS crawl_id, 'cn:api' AS store
              """)
          .write()
          .partitionBy("crawl_id", "store")
          .parquet(work.resolve("datasets/scores").toString());
      spark
          .sql(
              """
              SELECT 'com.example.reader' AS package_name, 'AW-012' AS rule_id,
                     array('M2.1', 'M5.1') AS method_items, 'automated' AS kind,
                     'violation' AS verdict, 'high' AS severity, 0.8D AS confidence,
                     '中文' AS wording_zh, 'English' AS wording_en,
                     array(named_struct('kind', 'cross', 'snippet', 'SDK Umeng not named in policy',
                                        'file', 'classes.dex', 'offset', CAST(2048 AS BIGINT),
                                        'warc_record_id', CAST(NULL AS STRING))) AS evidence,
                     '1+e8cbafb6' AS catalogue_version,
                     '20261124T231500Z' AS crawl_id, 'cn:api' AS store
              """)
          .write()
          .partitionBy("crawl_id", "store")
          .parquet(work.resolve("datasets/findings").toString());
    } finally {
      spark.stop();
    }
    CrawlSnapshot crawl = new Datasets(work).load("20261124T231500Z");
    assertEquals(List.of("cn:api"), crawl.stores());
    AppScore s = crawl.scores().get(0);
    assertEquals("微信读书 <i>", s.title());
    assertNull(s.developer());
    assertEquals(java.time.LocalDate.of(2026, 11, 24), s.crawlDate());
    assertEquals(
        List.of(new AppScore.ItemRoll("M2.1", "violation", List.of("AW-012", "AW-013"))),
        s.items());
    Finding f = crawl.findings().get(0);
    assertEquals("cn:api", f.store());
    assertEquals(List.of("M2.1", "M5.1"), f.methodItems());
    assertEquals(
        List.of(
            new Finding.Evidence(
                "cross", "SDK Umeng not named in policy", "classes.dex", 2048L, null)),
        f.evidence());
  }
}
