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
    // Due URLs are found in memory (DueQueue): an index on them cost more than the rest.
    "DROP INDEX IF EXISTS frontier_due",
    // Output rows live in append-only segment files (OutputLog); the database keeps each
    // segment's committed length, in the transaction of the frontier changes the rows belong to.
    "CREATE TABLE IF NOT EXISTS output_segments(crawl_id VARCHAR(32), file VARCHAR(40),"
        + " length BIGINT, PRIMARY KEY(crawl_id, file))",
    "CREATE TABLE IF NOT EXISTS validators(url VARCHAR(4096) PRIMARY KEY, etag VARCHAR(400),"
        + " last_modified VARCHAR(100), sha256 VARCHAR(64), warc_file VARCHAR(300),"
        + " record_id VARCHAR(100), warc_offset BIGINT, gzipped BOOLEAN)",
    "CREATE TABLE IF NOT EXISTS payloads(sha256 VARCHAR(64) PRIMARY KEY, url VARCHAR(4096),"
        + " warc_file VARCHAR(300), record_id VARCHAR(100), warc_offset BIGINT)"
  };

  private final Connection connection;
  private final Path dir;

  /** Opens (creating if needed) the database {@code <dir>/crawler.mv.db}. */
  public CrawlDatabase(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir;
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

  /** Where the database file lies; a crawl's output log is kept beside it. */
  Path dir() {
    return dir;
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
