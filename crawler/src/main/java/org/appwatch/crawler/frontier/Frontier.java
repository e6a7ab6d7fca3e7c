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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
public final class Frontier implements AutoCloseable {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static final long GROUP_MILLIS = 200;

  private final CrawlDatabase db;
  private final Connection c;
  private final String crawlId;
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();
  private final OutputLog outputs;
  private final DueQueue queue = new DueQueue();
  private final Validators validators;
  private long lastCommitMillis = System.currentTimeMillis();
  private boolean dirty;

  /** Opens a crawl's frontier, cutting its output log back to what was committed. */
  public Frontier(CrawlDatabase db, String crawlId) throws IOException {
    this.db = db;
    this.c = db.connection();
    this.crawlId = crawlId;
    synchronized (db) {
      try {
        this.outputs = new OutputLog(c, crawlId, db.dir().resolve("rows").resolve(crawlId));
        this.validators = new Validators(c);
        load();
        c.commit();
      } catch (SQLException e) {
        throw rollback(e);
      }
    }
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
  public List<FrontierEntry> due(String host, long nowMillis, int limit) {
    synchronized (db) {
      return queue.due(host, nowMillis, limit);
    }
  }

  /** Hosts with URLs still to fetch, each with its earliest due time (epoch millis). */
  public Map<String, Long> pendingHosts() {
    synchronized (db) {
      return queue.pendingHosts();
    }
  }

  /** Reads the crawl's URLs into the {@link DueQueue}: all known, those due queued. */
  private void load() throws SQLException {
    // Ids are unique across the crawls of the database, not per crawl.
    try (PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM frontier");
        ResultSet r = s.executeQuery()) {
      if (r.next()) {
        queue.seenId(r.getLong(1));
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, url, status, store, kind, app, expected_sha256, hops, via, attempts,"
                + " next_due FROM frontier WHERE crawl_id=?")) {
      s.setString(1, crawlId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          queue.seenId(id);
          queue.know(r.getString(2));
          if (UrlStatus.DISCOVERED.name().equals(r.getString(3))) {
            Link link =
                new Link(
                    URI.create(r.getString(2)),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6),
                    r.getString(7),
                    r.getInt(8),
                    r.getString(9) == null ? null : URI.create(r.getString(9)));
            queue.put(new FrontierEntry(id, link, r.getInt(10)), r.getLong(11));
          }
        }
      }
    }
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
    // Serialised before taking the lock: other workers need not wait for Jackson.
    String[] json = new String[commit.rows().size()];
    for (int i = 0; i < json.length; i++) {
      json[i] = serialise(commit.rows().get(i));
    }
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
        if (commit.status() == UrlStatus.DISCOVERED) {
          FrontierEntry e = commit.entry();
          queue.put(new FrontierEntry(e.id(), e.link(), commit.attempts()), commit.nextDueMillis());
        } else {
          queue.remove(commit.entry().id());
        }
        int added = insert(commit.discovered());
        for (int i = 0; i < json.length; i++) {
          OutputRow row = commit.rows().get(i);
          outputs.append(row.table(), row.key(), json[i]);
        }
        if (commit.validator() != null) {
          validators.put(commit.validator());
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

  private void commitGroup() throws SQLException, IOException {
    outputs.flush();
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
        return validators.find(url);
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

  /**
   * Streams the committed JSON rows of an output table in key order (the last row of each key);
   * commits first.
   */
  public void rows(String table, Consumer<String> sink) throws IOException {
    synchronized (db) {
      flush();
      outputs.rows(table, sink);
    }
  }

  private int insert(List<Link> links) throws SQLException {
    int added = 0;
    for (Link l : links) {
      String url = l.url().toString();
      if (!queue.know(url)) {
        continue;
      }
      long id = queue.nextId();
      PreparedStatement s =
          statement(
              "INSERT INTO frontier(id, crawl_id, url, host, store, kind, app, expected_sha256,"
                  + " hops, via, status, attempts, next_due)"
                  + " VALUES(?,?,?,?,?,?,?,?,?,?,'DISCOVERED',0,0)");
      s.setLong(1, id);
      s.setString(2, crawlId);
      s.setString(3, url);
      s.setString(4, l.host());
      s.setString(5, l.store());
      s.setString(6, l.kind());
      s.setString(7, l.app());
      s.setString(8, l.expectedSha256());
      s.setInt(9, l.hops());
      s.setString(10, l.via() == null ? null : l.via().toString());
      s.executeUpdate();
      queue.put(new FrontierEntry(id, l, 0), 0);
      added++;
    }
    return added;
  }

  /**
   * Deletes the output log of a finished crawl (its rows are exported); a crawl still to be resumed
   * must keep it.
   */
  public void deleteOutputs() throws IOException {
    synchronized (db) {
      outputs.delete();
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (db) {
      outputs.close();
    }
  }

  private static String serialise(OutputRow row) throws IOException {
    try {
      return JSON.writeValueAsString(row.value());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("cannot serialise " + row, e);
    }
  }

  private IOException rollback(SQLException e) {
    dirty = false;
    try {
      c.rollback();
      if (outputs != null) {
        outputs.discard();
      }
    } catch (SQLException | IOException ignored) {
      // the original failure is the one to report
    }
    return new IOException("crawl database: " + e.getMessage(), e);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
