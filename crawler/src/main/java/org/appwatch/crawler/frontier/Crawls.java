package org.appwatch.crawler.frontier;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The crawls a work directory has seen: which one is still running (to resume after a crash) and
 * what it was asked to crawl.
 */
public final class Crawls {

  /** A crawl's identity and its store list as given when it started (JSON). */
  public record CrawlInfo(String crawlId, String stores, boolean finished) {}

  private final CrawlDatabase db;

  public Crawls(CrawlDatabase db) {
    this.db = db;
  }

  /** The most recent unfinished crawl, or null. */
  public CrawlInfo unfinished() throws IOException {
    return one(
        "SELECT crawl_id, stores, state FROM crawls WHERE state='running' ORDER BY started DESC LIMIT 1",
        null);
  }

  public CrawlInfo find(String crawlId) throws IOException {
    return one("SELECT crawl_id, stores, state FROM crawls WHERE crawl_id=?", crawlId);
  }

  /** The most recent finished crawl other than {@code crawlId}, or null. */
  public CrawlInfo previousFinished(String crawlId) throws IOException {
    return one(
        "SELECT crawl_id, stores, state FROM crawls WHERE state='finished' AND crawl_id<>?"
            + " ORDER BY started DESC LIMIT 1",
        crawlId);
  }

  public void begin(String crawlId, String stores, Instant started) throws IOException {
    update(
        "INSERT INTO crawls(crawl_id, state, started, stores) VALUES(?, 'running', ?, ?)",
        crawlId,
        OffsetDateTime.ofInstant(started, ZoneOffset.UTC),
        stores);
  }

  public void finish(String crawlId) throws IOException {
    update("UPDATE crawls SET state='finished' WHERE crawl_id=?", crawlId);
  }

  private CrawlInfo one(String sql, String arg) throws IOException {
    synchronized (db) {
      Connection c = db.connection();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        if (arg != null) {
          s.setString(1, arg);
        }
        CrawlInfo info = null;
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            info = new CrawlInfo(r.getString(1), r.getString(2), "finished".equals(r.getString(3)));
          }
        }
        c.commit();
        return info;
      } catch (SQLException e) {
        throw new IOException("crawl database: " + e.getMessage(), e);
      }
    }
  }

  private void update(String sql, Object... args) throws IOException {
    synchronized (db) {
      Connection c = db.connection();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          s.setObject(i + 1, args[i]);
        }
        s.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        throw new IOException("crawl database: " + e.getMessage(), e);
      }
    }
  }
}
