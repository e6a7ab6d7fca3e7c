package org.appwatch.localstore.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.GroundTruth;

/**
 * The F-Droid host: {@code /repo/index-v2.json}, {@code /repo/entry.json}, {@code
 * /repo/index-v1.json}, APKs under {@code /repo/}, and {@code /ground-truth.jsonl}.
 */
final class FdroidRoutes {

  private record IndexDigest(String sha256, long size, int packages) {}

  private final FdroidIndexV2 v2;
  private final FdroidIndexV1 v1;
  private final GroundTruth groundTruth;
  private volatile IndexDigest digest;

  FdroidRoutes(Corpus corpus, ApkFiles apks, String repoAddress, GroundTruth groundTruth) {
    this.v2 = new FdroidIndexV2(corpus, apks, repoAddress);
    this.v1 = new FdroidIndexV1(corpus, apks, v2, repoAddress);
    this.groundTruth = groundTruth;
  }

  Reply indexV2(Request req) {
    IndexDigest d = digest;
    return Reply.streamed("application/json", v2::write, d == null ? null : "\"" + d.sha256 + "\"");
  }

  Reply indexV1(Request req) {
    return Reply.streamed("application/json", v1::write, null);
  }

  Reply groundTruth(Request req) {
    return Reply.streamed("application/x-ndjson; charset=utf-8", groundTruth::write, null);
  }

  Reply entry(Request req) throws IOException {
    IndexDigest d = digest();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FdroidIndexV2.JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("timestamp", v2.timestamp());
      g.writeNumberField("version", 20002);
      g.writeObjectFieldStart("index");
      g.writeStringField("name", "/index-v2.json");
      g.writeStringField("sha256", d.sha256);
      g.writeNumberField("size", d.size);
      g.writeNumberField("numPackages", d.packages);
      g.writeEndObject();
      g.writeObjectFieldStart("diffs");
      g.writeEndObject();
      g.writeEndObject();
    }
    return Reply.json(out.toByteArray());
  }

  /** One streaming pass over index-v2 to learn its digest and size; cached. */
  private synchronized IndexDigest digest() throws IOException {
    if (digest == null) {
      MessageDigest md = sha256();
      long[] size = {0};
      OutputStream counter =
          new OutputStream() {
            @Override
            public void write(int b) {
              size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
              size[0] += len;
            }
          };
      try (DigestOutputStream out = new DigestOutputStream(counter, md)) {
        v2.write(out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      digest =
          new IndexDigest(
              HexFormat.of().formatHex(md.digest()), size[0], (int) v2.fdroidApps().count());
    }
    return digest;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
