package org.appwatch.publish.spotcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appwatch.publish.data.Finding.Evidence;
import org.appwatch.publish.data.WarcIndex;

/**
 * Turns evidence provenance into links an inspector can follow: the stored APK or WARC file (as
 * {@code file:} URIs under the work directory), the policy page's URL with the sentence's character
 * offset, and the WARC record id.
 */
public final class EvidenceLinks {

  /** One link: the text to show and where it points (null when there is nothing to open). */
  public record Link(String text, String href) {}

  private final Path workDir;
  private final WarcIndex warcs;

  public EvidenceLinks(Path workDir, WarcIndex warcs) {
    this.workDir = workDir.toAbsolutePath();
    this.warcs = warcs;
  }

  /** The links of one fact, in the order file, WARC record; empty when it has no provenance. */
  public List<Link> of(Evidence e) {
    List<Link> links = new ArrayList<>();
    if (e.file() != null) {
      String at = e.offset() == null ? "" : offsetText(e);
      if (e.file().startsWith("http://") || e.file().startsWith("https://")) {
        links.add(new Link(e.file() + at, e.file()));
      } else {
        links.add(new Link(e.file() + at, workDir.resolve(e.file()).toUri().toString()));
      }
    }
    if (e.warcRecordId() != null) {
      String id = e.warcRecordId();
      links.add(
          warcs
              .find(id)
              .map(
                  w ->
                      new Link(
                          "WARC "
                              + w.warcFile()
                              + (w.offset() == null ? "" : " @ " + w.offset())
                              + " "
                              + id,
                          workDir.resolve(w.warcFile()).toUri().toString()))
              .orElse(new Link("WARC record " + id, null)));
    }
    return links;
  }

  /** All links of a finding's evidence as one line of text, for CSV and XLSX. */
  public String text(List<Evidence> evidence) {
    List<String> parts = new ArrayList<>();
    for (Evidence e : evidence) {
      for (Link l : of(e)) {
        parts.add(
            l.href() == null || l.href().startsWith("http")
                ? l.text()
                : l.text() + " <" + l.href() + ">");
      }
    }
    return String.join("; ", parts);
  }

  private static String offsetText(Evidence e) {
    return "policy".equals(e.kind())
        ? " (sentence at character " + e.offset() + ")"
        : " (byte " + e.offset() + ")";
  }
}
