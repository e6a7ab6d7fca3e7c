package org.appwatch.crawler.frontier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.appwatch.crawler.evidence.WarcRef;

/**
 * The {@code validators} table: per URL, across crawls, the last full copy's HTTP validators,
 * payload digest and WARC record. Not thread-safe: the {@link Frontier} calls it under the database
 * lock, inside its transactions.
 */
final class Validators {

  private final PreparedStatement select;
  private final PreparedStatement merge;

  Validators(Connection c) throws SQLException {
    select =
        c.prepareStatement(
            "SELECT etag, last_modified, sha256, warc_file, record_id, warc_offset, gzipped"
                + " FROM validators WHERE url=?");
    merge =
        c.prepareStatement(
            "MERGE INTO validators(url, etag, last_modified, sha256, warc_file, record_id,"
                + " warc_offset, gzipped) KEY(url) VALUES(?,?,?,?,?,?,?,?)");
  }

  /** The URL's validator, or null. */
  Validator find(String url) throws SQLException {
    select.setString(1, url);
    try (ResultSet r = select.executeQuery()) {
      return r.next()
          ? new Validator(
              url,
              r.getString(1),
              r.getString(2),
              r.getString(3),
              new WarcRef(r.getString(4), r.getString(5), r.getLong(6)),
              r.getBoolean(7))
          : null;
    }
  }

  /** Replaces the URL's validator. */
  void put(Validator v) throws SQLException {
    merge.setString(1, v.url());
    merge.setString(2, v.etag());
    merge.setString(3, v.lastModified());
    merge.setString(4, v.sha256());
    merge.setString(5, v.ref().file());
    merge.setString(6, v.ref().recordId());
    merge.setLong(7, v.ref().offset());
    merge.setBoolean(8, v.gzipped());
    merge.executeUpdate();
  }
}
