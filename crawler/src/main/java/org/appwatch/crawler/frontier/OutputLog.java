package org.appwatch.crawler.frontier;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A crawl's output rows, kept out of the database: appended to segment files ({@code
 * rows-NNNNN.log}) whose committed length is recorded in the database in the same transaction as
 * the frontier changes they belong to. Bytes past a segment's committed length (a group lost to a
 * crash) are cut off when the log is opened again, so the rows and the frontier never disagree, as
 * when the rows were a database table; rows are keyed, and the last row of a key wins on reading.
 * Appending a line costs far less CPU than keeping a keyed table's index (a third of the workers'
 * database time). Not thread-safe: the {@link Frontier} calls it under the database lock.
 *
 * <p>Line format: {@code table TAB keyLength TAB key json LF}; the JSON never holds a raw LF.
 */
final class OutputLog implements AutoCloseable {

  /** A segment is closed and the next one begun past this size. */
  private static final long SEGMENT_BYTES = 64L << 20;

  private final Connection c;
  private final String crawlId;
  private final Path dir;
  private final Map<String, Long> committed = new TreeMap<>();
  private final StringBuilder pending = new StringBuilder();
  private String segment;
  private FileChannel out;

  OutputLog(Connection c, String crawlId, Path dir) throws IOException, SQLException {
    this.c = c;
    this.crawlId = crawlId;
    this.dir = dir;
    Files.createDirectories(dir);
    try (PreparedStatement s =
        c.prepareStatement("SELECT file, length FROM output_segments WHERE crawl_id=?")) {
      s.setString(1, crawlId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          committed.put(r.getString(1), r.getLong(2));
        }
      }
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Long length = committed.get(f.getFileName().toString());
        if (length == null) {
          Files.delete(f); // begun, but nothing in it was ever committed
        } else if (Files.size(f) > length) {
          try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(length);
          }
        }
      }
    }
    begin();
  }

  /** Buffers a row until the next {@link #flush}. */
  void append(String table, String key, String json) {
    pending.append(table).append('\t').append(key.length()).append('\t');
    pending.append(key).append(json).append('\n');
  }

  /**
   * Writes the buffered rows to the segment and records its new length in the current transaction;
   * the caller commits.
   */
  void flush() throws IOException, SQLException {
    if (pending.length() == 0) {
      return;
    }
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(pending));
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
    pending.setLength(0);
    long length = out.position();
    try (PreparedStatement s =
        c.prepareStatement(
            "MERGE INTO output_segments(crawl_id, file, length) KEY(crawl_id, file)"
                + " VALUES(?,?,?)")) {
      s.setString(1, crawlId);
      s.setString(2, segment);
      s.setLong(3, length);
      s.executeUpdate();
    }
    committed.put(segment, length);
    if (length >= SEGMENT_BYTES) {
      out.close();
      begin();
    }
  }

  /** Drops what was not committed: the buffer, and bytes written past the committed length. */
  void discard() throws IOException {
    pending.setLength(0);
    out.truncate(committed.getOrDefault(segment, 0L));
  }

  /** The committed rows of a table, the last of each key, in key order. */
  void rows(String table, Consumer<String> sink) throws IOException {
    TreeMap<String, String> rows = new TreeMap<>();
    for (Map.Entry<String, Long> e : committed.entrySet()) {
      try (InputStream in = Files.newInputStream(dir.resolve(e.getKey()));
          BufferedReader r =
              new BufferedReader(
                  new InputStreamReader(new Bounded(in, e.getValue()), StandardCharsets.UTF_8),
                  1 << 16)) {
        readSegment(r, table, rows);
      }
    }
    rows.values().forEach(sink);
  }

  private static void readSegment(BufferedReader r, String table, Map<String, String> rows)
      throws IOException {
    StringBuilder field = new StringBuilder();
    while (true) {
      String tbl = until(r, '\t', field);
      if (tbl == null) {
        return;
      }
      int keyLength = Integer.parseInt(until(r, '\t', field));
      char[] key = new char[keyLength];
      for (int read = 0; read < keyLength; ) {
        int n = r.read(key, read, keyLength - read);
        if (n < 0) {
          throw new IOException("output log cut inside a row");
        }
        read += n;
      }
      String json = r.readLine();
      if (tbl.equals(table)) {
        rows.put(new String(key), json);
      }
    }
  }

  /** Characters up to the delimiter (consumed), or null at the end of the segment. */
  private static String until(BufferedReader r, char delimiter, StringBuilder b)
      throws IOException {
    b.setLength(0);
    for (int ch; (ch = r.read()) != delimiter; ) {
      if (ch < 0) {
        if (b.length() == 0) {
          return null;
        }
        throw new IOException("output log cut inside a row");
      }
      b.append((char) ch);
    }
    return b.toString();
  }

  /** The first {@code left} bytes of a stream: a segment's committed part. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }
  }

  private void begin() throws IOException {
    int next = committed.isEmpty() ? 1 : committed.size() + 1;
    segment = String.format("rows-%05d.log", next);
    out =
        FileChannel.open(
            dir.resolve(segment),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Closes the log and deletes its segments (their rows recorded elsewhere). */
  void delete() throws IOException {
    out.close();
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Override
  public void close() throws IOException {
    if (out.isOpen()) {
      out.close();
    }
  }
}
