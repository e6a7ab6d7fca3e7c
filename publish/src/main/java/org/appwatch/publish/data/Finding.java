package org.appwatch.publish.data;

import java.util.List;
import org.appwatch.model.AppKey;

/**
 * One row of {@code findings/v1}: what one rule concluded for one app in one crawl.
 *
 * @param kind {@code automated}, {@code static-hint} or {@code manual}
 * @param verdict {@code violation}, {@code likely}, {@code manual-check}, {@code pass}, {@code
 *     not-applicable} or {@code unknown}
 * @param evidence every fact the verdict rests on, possibly empty
 */
public record Finding(
    String crawlId,
    String store,
    String packageName,
    String ruleId,
    List<String> methodItems,
    String kind,
    String verdict,
    String severity,
    double confidence,
    String wordingZh,
    String wordingEn,
    List<Evidence> evidence,
    String catalogueVersion) {

  public Finding {
    methodItems = List.copyOf(methodItems);
    evidence = List.copyOf(evidence);
  }

  /**
   * One fact with its provenance; every field but {@code kind} may be null.
   *
   * @param file the file inside the artefact, the stored APK, or the policy URL
   * @param offset character offset (policy text) or byte offset (file)
   */
  public record Evidence(
      String kind, String snippet, String file, Long offset, String warcRecordId) {

    /** Where to find the fact, e.g. {@code classes.dex @ 1024 · WARC <urn:uuid:…>}; may be "". */
    public String location() {
      StringBuilder s = new StringBuilder();
      if (file != null) {
        s.append(file);
        if (offset != null) {
          s.append(" @ ").append(offset);
        }
      }
      if (warcRecordId != null) {
        s.append(s.isEmpty() ? "" : " · ").append("WARC ").append(warcRecordId);
      }
      return s.toString();
    }
  }

  /** The app the finding is about. */
  public AppKey key() {
    return new AppKey(store, packageName);
  }

  /** True for the verdicts a spot check must look at: not {@code pass}, not {@code n/a}. */
  public boolean needsAttention() {
    return !verdict.equals("pass") && !verdict.equals("not-applicable");
  }

  /** True when an inspector must decide it: a manual rule that applies. */
  public boolean isTask() {
    return verdict.equals("manual-check");
  }
}
