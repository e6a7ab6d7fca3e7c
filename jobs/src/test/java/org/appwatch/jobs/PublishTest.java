package org.appwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staged publish through Hadoop's file system API, on a real HDFS (a NameNode and a DataNode in
 * this JVM, on 127.0.0.1) and on the local file system: the partition appears whole, a re-run
 * replaces it, and a run that fails while writing leaves the previous one.
 */
class PublishTest {

  @TempDir static Path dir;
  private static MiniDFSCluster hdfs;
  private static SparkSession spark;

  @BeforeAll
  static void startHdfsAndSpark() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("PublishTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
    hdfs.shutdown();
  }

  @Test
  void publishesOnHdfs() throws Exception {
    String root = hdfs.getFileSystem().getUri() + "/work/datasets/sample";
    check(new org.apache.hadoop.fs.Path(root + "/crawl_id=c1"));
  }

  @Test
  void publishesOnTheLocalFileSystem() throws Exception {
    check(Publish.local(dir.resolve("local/datasets/sample/crawl_id=c1")));
  }

  private static void check(org.apache.hadoop.fs.Path partition) throws Exception {
    FileSystem fs = partition.getFileSystem(spark.sparkContext().hadoopConfiguration());
    Publish.crawlPartition(rows(10, -1), partition);
    assertEquals(ids(0, 10), read(partition));
    assertTrue(Publish.hasData(spark.sparkContext().hadoopConfiguration(), partition));

    Publish.crawlPartition(rows(4, -1), partition);
    assertEquals(ids(0, 4), read(partition), "a re-run replaces the partition");

    assertThrows(Exception.class, () -> Publish.crawlPartition(rows(1000, 700), partition));
    assertEquals(ids(0, 4), read(partition), "a failed run leaves the previous partition");
    // What the failed run left is beside the dataset's partitions, under a name readers skip.
    org.apache.hadoop.fs.Path dataset = partition.getParent();
    for (var status : fs.listStatus(dataset)) {
      String name = status.getPath().getName();
      assertTrue(name.equals(partition.getName()) || name.startsWith("_"), name);
    }
    assertEquals(
        ids(0, 4),
        spark
            .read()
            .parquet(dataset.toString())
            .select("id")
            .as(Encoders.LONG())
            .collectAsList()
            .stream()
            .sorted()
            .toList(),
        "partition discovery sees the published partition only");
    assertFalse(fs.exists(new org.apache.hadoop.fs.Path(dataset, "_retired-crawl_id=c1")));
  }

  /** {@code n} rows over two stores; the row {@code failAt} (if any) fails its task. */
  private static Dataset<Row> rows(long n, long failAt) {
    return spark
        .range(0, n, 1, 4)
        .selectExpr(
            "CASE WHEN id = " + failAt + " THEN raise_error('simulated failure') ELSE id END AS id",
            "IF(id % 2 = 0, 'even', 'odd') AS store");
  }

  private static List<Long> read(org.apache.hadoop.fs.Path partition) {
    return spark
        .read()
        .parquet(partition.toString())
        .select("id")
        .as(Encoders.LONG())
        .collectAsList()
        .stream()
        .sorted()
        .toList();
  }

  private static List<Long> ids(long from, long to) {
    return java.util.stream.LongStream.range(from, to).boxed().toList();
  }
}
