package org.appwatch.crawler.frontier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The crawler's embedded database (H2, MVStore engine, one file in the work directory): the
 * frontier, the output rows of each crawl and the validators kept across crawls. H2 was chosen over
 * SQLite because it is pure Java (no native library to match to the platform), transactional with
 * atomic commits that survive {@code kill -9}, and takes a file lock so that two crawlers cannot
 * share one work directory. A crash loses at most the last half second of commits, all together:
 * frontier state and output rows are committed in one transaction, so they never disagree.
 */
public final class CrawlDatabase implements AutoCloseable {

  private static final String[] SCHEMA = {
    "CREATE TABLE IF NOT EXISTS crawls(crawl_id VARCHAR(32) PRIMARY KEY, state VARCHAR(16),"
        + " started TIMESTAMP WITH TIME ZONE, stores CLOB)",
    "CREATE TABLE IF NOT EXISTS frontier(id BIGINT AUTO_INCREMENT PRIMARY KEY, crawl_id VARCHAR(32),"
        + " url VARCHAR(4096), host VARCHAR(300), store VARCHAR(64), kind VARCHAR(32),"
        + " app VARCHAR(300), expected_sha256 VARCHAR(64), hops INT, status VARCHAR(16),"
        + " attempts INT, next_due BIGINT, error_kind VARCHAR(40), error VARCHAR(2000),"
        + " via VARCHAR(4096), UNIQUE(crawl_id, url))",
    // Added after the first crawls: a work directory from then gains the column.
    "ALTER TABLE frontier ADD COLUMN IF NOT EXISTS via VARCHAR(4096)",
    "CREATE INDEX IF NOT EXISTS frontier_due ON frontier(crawl_id, host, status, next_due)",
    // Rows are small JSON objects: VARCHAR keeps them in the row, where a CLOB would cost a write
    // to H2's LOB map per row (a quarter of the workers' CPU samples when profiled).
    "CREATE TABLE IF NOT EXISTS outputs(crawl_id VARCHAR(32), tbl VARCHAR(32), k VARCHAR(4200),"
        + " json VARCHAR(1000000), PRIMARY KEY(crawl_id, tbl, k))",
    "CREATE TABLE IF NOT EXISTS validators(url VARCHAR(4096) PRIMARY KEY, etag VARCHAR(400),"
        + " last_modified VARCHAR(100), sha256 VARCHAR(64), warc_file VARCHAR(300),"
        + " record_id VARCHAR(100), warc_offset BIGINT, gzipped BOOLEAN)",
    "CREATE TABLE IF NOT EXISTS payloads(sha256 VARCHAR(64) PRIMARY KEY, url VARCHAR(4096),"
        + " warc_file VARCHAR(300), record_id VARCHAR(100), warc_offset BIGINT)"
  };

  private final Connection connection;

  /** Opens (creating if needed) the database {@code <dir>/crawler.mv.db}. */
  public CrawlDatabase(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      connection =
          DriverManager.getConnection(
              "jdbc:h2:file:" + dir.toAbsolutePath().resolve("crawler") + ";DB_CLOSE_ON_EXIT=FALSE",
              "sa",
              "");
      try (Statement s = connection.createStatement()) {
        for (String ddl : SCHEMA) {
          s.execute(ddl);
        }
      }
      connection.setAutoCommit(false);
      connection.commit();
    } catch (SQLException e) {
      throw new IOException("cannot open the crawl database in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The one connection; callers synchronise on this database around each transaction. */
  Connection connection() {
    return connection;
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
