package org.appwatch.scoring.rules.evidence;

/**
 * Where a fact comes from, so that an inspector can be shown it. Every field is nullable: a fact
 * from a listing has no file offset, a fact from a test fixture has no WARC record.
 *
 * @param kind the evidence kind: {@code listing}, {@code apk}, {@code policy}, {@code cross},
 *     {@code history} or {@code peers}
 * @param snippet what to show: a policy sentence, a class name, a permission, a rate
 * @param file the file inside the artefact ({@code AndroidManifest.xml}, {@code classes2.dex}) or
 *     the policy URL
 * @param offset character offset (policy text) or byte offset (file), or null
 * @param warcRecordId the WARC record the artefact was read from, or null
 * @param crawlId the crawl that fetched the artefact, or null
 */
public record Provenance(
    String kind, String snippet, String file, Long offset, String warcRecordId, String crawlId) {

  /** A provenance that only names its kind and what to show. */
  public static Provenance of(String kind, String snippet) {
    return new Provenance(kind, snippet, null, null, null, null);
  }

  /** The same origin with another snippet (a finding's summary of the fact). */
  public Provenance withSnippet(String newSnippet) {
    return new Provenance(kind, newSnippet, file, offset, warcRecordId, crawlId);
  }

  /** {@code p} with its kind and snippet replaced, or a bare provenance when {@code p} is null. */
  public static Provenance from(Provenance p, String kind, String snippet) {
    return p == null
        ? of(kind, snippet)
        : new Provenance(kind, snippet, p.file, p.offset, p.warcRecordId, p.crawlId);
  }
}
