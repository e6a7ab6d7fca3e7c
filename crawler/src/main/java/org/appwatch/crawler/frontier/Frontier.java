package org.appwatch.crawler.frontier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.appwatch.crawler.evidence.WarcRef;

/**
 * The persistent frontier of one crawl: every URL with its status, attempts and next due time, in
 * the {@link CrawlDatabase}. URLs are unique per crawl, so a link found twice is crawled once.
 * Methods are synchronised on the database: one transaction at a time.
 *
 * <p>Fetch outcomes are applied at once (later reads see them) but committed in groups, at most
 * {@link #GROUP_MILLIS} apart or when {@link #flush()} is called: a commit per URL cost more CPU
 * than the fetch. A {@code kill -9} loses at most the uncommitted group, all of it together; the
 * callers write a fetch's WARC records before handing it over, so every committed row's evidence is
 * on disk, and a URL whose outcome was lost is simply fetched again on resume.
 */
public final class Frontier {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static final long GROUP_MILLIS = 200;

  private final CrawlDatabase db;
  private final Connection c;
  private final String crawlId;
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();
  private long lastCommitMillis = System.currentTimeMillis();
  private boolean dirty;

  public Frontier(CrawlDatabase db, String crawlId) {
    this.db = db;
    this.c = db.connection();
    this.crawlId = crawlId;
  }

  public String crawlId() {
    return crawlId;
  }

  /** Adds links not yet known (seeds); returns how many were new. */
  public int addAll(List<Link> links) throws IOException {
    synchronized (db) {
      try {
        int added = insert(links);
        commitGroup();
        return added;
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  /** Up to {@code limit} URLs of a host due by {@code nowMillis}, oldest first. */
  public List<FrontierEntry> due(String host, long nowMillis, int limit) throws IOException {
    synchronized (db) {
      try {
        PreparedStatement s =
            statement(
                "SELECT id, url, store, kind, app, expected_sha256, hops, attempts, via FROM"
                    + " frontier WHERE crawl_id=? AND host=? AND status='DISCOVERED' AND"
                    + " next_due<=? ORDER BY next_due, id LIMIT ?");
        s.setString(1, crawlId);
        s.setString(2, host);
        s.setLong(3, nowMillis);
        s.setInt(4, limit);
        List<FrontierEntry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            Link link =
                new Link(
                    URI.create(r.getString(2)),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getInt(7),
                    r.getString(9) == null ? null : URI.create(r.getString(9)));
            out.add(new FrontierEntry(r.getLong(1), link, r.getInt(8)));
          }
        }
        return out;
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  /** Hosts with URLs still to fetch, each with its earliest due time (epoch millis). */
  public Map<String, Long> pendingHosts() throws IOException {
    return query(
        "SELECT host, MIN(next_due) FROM frontier WHERE crawl_id=? AND status='DISCOVERED'"
            + " GROUP BY host");
  }

  /** Number of URLs by status. */
  public Map<String, Long> countsByStatus() throws IOException {
    return query("SELECT status, COUNT(*) FROM frontier WHERE crawl_id=? GROUP BY status");
  }

  /** Failed URLs by store and error kind ({@code store/kind}). */
  public Map<String, Long> failuresByKind() throws IOException {
    return query(
        "SELECT store || '/' || error_kind, COUNT(*) FROM frontier WHERE crawl_id=?"
            + " AND status IN ('FAILED','GONE') GROUP BY store, error_kind ORDER BY 1");
  }

  private Map<String, Long> query(String sql) throws IOException {
    synchronized (db) {
      try {
        PreparedStatement s = statement(sql);
        s.setString(1, crawlId);
        Map<String, Long> out = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            out.put(r.getString(1), r.getLong(2));
          }
        }
        return out;
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  /**
   * Applies everything one fetch changed, atomically with its group (see the class comment);
   * returns how many new URLs it added.
   */
  public int commit(Commit commit) throws IOException {
    synchronized (db) {
      try {
        PreparedStatement s =
            statement(
                "UPDATE frontier SET status=?, attempts=?, next_due=?, error_kind=?, error=?"
                    + " WHERE id=?");
        s.setString(1, commit.status().name());
        s.setInt(2, commit.attempts());
        s.setLong(3, commit.nextDueMillis());
        s.setString(4, commit.errorKind());
        s.setString(5, truncate(commit.error(), 2000));
        s.setLong(6, commit.entry().id());
        s.executeUpdate();
        int added = insert(commit.discovered());
        for (OutputRow row : commit.rows()) {
          put(row);
        }
        if (commit.validator() != null) {
          putValidator(commit.validator());
        }
        dirty = true;
        if (System.currentTimeMillis() - lastCommitMillis >= GROUP_MILLIS) {
          commitGroup();
        }
        return added;
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  /** Commits the outcomes applied so far. */
  public void flush() throws IOException {
    synchronized (db) {
      try {
        commitGroup();
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  /** Commits the group if it is older than {@link #GROUP_MILLIS}: for a crawl gone quiet. */
  public void flushIfDue() throws IOException {
    synchronized (db) {
      if (dirty && System.currentTimeMillis() - lastCommitMillis >= GROUP_MILLIS) {
        flush();
      }
    }
  }

  private void commitGroup() throws SQLException {
    c.commit();
    dirty = false;
    lastCommitMillis = System.currentTimeMillis();
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement s = statements.get(sql);
    if (s == null) {
      s = c.prepareStatement(sql);
      statements.put(sql, s);
    }
    return s;
  }

  /** The last full copy of a URL from any crawl, or null. */
  public Validator validator(String url) throws IOException {
    synchronized (db) {
      try {
        PreparedStatement s =
            statement(
                "SELECT etag, last_modified, sha256, warc_file, record_id, warc_offset, gzipped"
                    + " FROM validators WHERE url=?");
        s.setString(1, url);
        Validator v = null;
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            v =
                new Validator(
                    url,
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    new WarcRef(r.getString(4), r.getString(5), r.getLong(6)),
                    r.getBoolean(7));
          }
        }
        return v;
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  /** Whether this URL was already seen to redirect in this crawl (a loop when reached again). */
  public boolean isRedirected(String url) throws IOException {
    synchronized (db) {
      try {
        PreparedStatement s = statement("SELECT status FROM frontier WHERE crawl_id=? AND url=?");
        s.setString(1, crawlId);
        s.setString(2, url);
        try (ResultSet r = s.executeQuery()) {
          return r.next() && UrlStatus.REDIRECTED.name().equals(r.getString(1));
        }
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  /** Streams the JSON rows of an output table in key order. */
  public void rows(String table, Consumer<String> sink) throws IOException {
    synchronized (db) {
      try {
        PreparedStatement s =
            statement("SELECT json FROM outputs WHERE crawl_id=? AND tbl=? ORDER BY k");
        s.setString(1, crawlId);
        s.setString(2, table);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            sink.accept(r.getString(1));
          }
        }
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
  }

  private int insert(List<Link> links) throws SQLException {
    if (links.isEmpty()) {
      return 0;
    }
    int added = 0;
    PreparedStatement s =
        statement(
            "INSERT INTO frontier(crawl_id, url, host, store, kind, app, expected_sha256, hops,"
                + " via, status, attempts, next_due) SELECT ?,?,?,?,?,?,?,?,?,'DISCOVERED',0,0"
                + " WHERE NOT EXISTS (SELECT 1 FROM frontier WHERE crawl_id=? AND url=?)");
    for (Link l : links) {
      String url = l.url().toString();
      s.setString(1, crawlId);
      s.setString(2, url);
      s.setString(3, l.host());
      s.setString(4, l.store());
      s.setString(5, l.kind());
      s.setString(6, l.app());
      s.setString(7, l.expectedSha256());
      s.setInt(8, l.hops());
      s.setString(9, l.via() == null ? null : l.via().toString());
      s.setString(10, crawlId);
      s.setString(11, url);
      added += s.executeUpdate();
    }
    return added;
  }

  private void put(OutputRow row) throws SQLException {
    try {
      PreparedStatement s =
          statement(
              "MERGE INTO outputs(crawl_id, tbl, k, json) KEY(crawl_id, tbl, k) VALUES(?,?,?,?)");
      s.setString(1, crawlId);
      s.setString(2, row.table());
      s.setString(3, row.key());
      s.setString(4, JSON.writeValueAsString(row.value()));
      s.executeUpdate();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("cannot serialise " + row, e);
    }
  }

  private void putValidator(Validator v) throws SQLException {
    PreparedStatement s =
        statement(
            "MERGE INTO validators(url, etag, last_modified, sha256, warc_file, record_id,"
                + " warc_offset, gzipped) KEY(url) VALUES(?,?,?,?,?,?,?,?)");
    s.setString(1, v.url());
    s.setString(2, v.etag());
    s.setString(3, v.lastModified());
    s.setString(4, v.sha256());
    s.setString(5, v.ref().file());
    s.setString(6, v.ref().recordId());
    s.setLong(7, v.ref().offset());
    s.setBoolean(8, v.gzipped());
    s.executeUpdate();
  }

  private IOException rollback(SQLException e) {
    dirty = false;
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one to report
    }
    return new IOException("crawl database: " + e.getMessage(), e);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
