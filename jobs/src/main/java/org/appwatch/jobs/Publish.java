package org.appwatch.jobs;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;

/**
 * Makes a finished output visible in one step, through Hadoop's {@link FileSystem} API, so that the
 * same code publishes to a local directory ({@code file:}), HDFS ({@code hdfs:}) or an object store
 * ({@code s3a:}). The swap is two directory renames: atomic on a local file system and on HDFS; on
 * S3A a rename is a copy and delete, so a reader may briefly see a partial partition there.
 */
final class Publish {
  private Publish() {}

  /** {@link #crawlPartition(Dataset, Path)} for a local partition directory. */
  static void crawlPartition(Dataset<?> rows, java.nio.file.Path partition) throws IOException {
    crawlPartition(rows, local(partition));
  }

  /**
   * A local path as a {@code file:} Hadoop path, whatever {@code fs.defaultFS} says, and without
   * the trailing slash {@link java.nio.file.Path#toUri} adds to an existing directory.
   */
  static Path local(java.nio.file.Path path) {
    return new Path("file", null, path.toAbsolutePath().normalize().toString());
  }

  /**
   * Writes {@code rows} as Parquet partitioned by {@code store} into {@code _staging-<name>} beside
   * {@code partition} (a {@code crawl_id=<id>} directory, any Hadoop file system URI), then swaps
   * it into place. A failure before the swap leaves the old partition, if any, untouched. Runs the
   * plan of {@code rows} once.
   */
  static void crawlPartition(Dataset<?> rows, Path partition) throws IOException {
    Configuration conf = rows.sparkSession().sparkContext().hadoopConfiguration();
    FileSystem fs = partition.getFileSystem(conf);
    Path staging = new Path(partition.getParent(), "_staging-" + partition.getName());
    fs.delete(staging, true);
    rows.write().mode(SaveMode.Overwrite).partitionBy("store").parquet(staging.toString());
    replaceDirectory(fs, staging, partition);
  }

  /**
   * Replaces {@code target} by {@code staging}: the old output is moved aside first (a Hadoop
   * rename onto an existing directory would move into it), so a reader sees either the old or the
   * new output, and the old one is deleted only after the swap.
   */
  static void replaceDirectory(FileSystem fs, Path staging, Path target) throws IOException {
    Path retired = new Path(target.getParent(), "_retired-" + target.getName());
    fs.delete(retired, true);
    if (fs.exists(target)) {
      rename(fs, target, retired);
    }
    rename(fs, staging, target);
    fs.delete(retired, true);
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to + " on " + fs.getUri());
    }
  }

  /** True when {@code dir} holds a Parquet file: a job that wrote no rows leaves none. */
  static boolean hasData(Configuration conf, Path dir) throws IOException {
    FileSystem fs = dir.getFileSystem(conf);
    if (!fs.isDirectory(dir)) {
      return false;
    }
    var files = fs.listFiles(dir, true);
    while (files.hasNext()) {
      if (files.next().getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }
}
