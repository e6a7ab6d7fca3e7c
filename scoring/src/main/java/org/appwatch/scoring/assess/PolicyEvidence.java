package org.appwatch.scoring.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.scoring.policy.Detection;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyValues;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * Turns the policy analyser's {@link PolicyAnalysis} into the rules' {@link PolicyFacts}. Every
 * feature the analyser ran appears in {@code features}, with the sentences that fired it (text and
 * character offset into the normalised policy text) or an empty list: looked for, not found. Values
 * (third parties, sensitive items, dates, response times, contacts) point at the sentence they were
 * read from. A refused analysis keeps only its status. Pure; callable per app.
 */
public final class PolicyEvidence {

  private PolicyEvidence() {}

  /**
   * The facts of {@code analysis}, or null when no policy was fetched ({@code analysis} null).
   *
   * @param origin the policy's URL as {@code file}, WARC record and crawl when known; may be null
   */
  public static PolicyFacts of(PolicyAnalysis analysis, Provenance origin) {
    if (analysis == null) {
      return null;
    }
    String url = origin != null && origin.file() != null ? origin.file() : analysis.sourceName();
    Provenance page = sentence(origin, url, analysis.status().label(), null);
    PolicyFacts.Status status = PolicyFacts.Status.valueOf(analysis.status().name());
    if (status != PolicyFacts.Status.OK) {
      return new PolicyFacts(
          status, null, null, null, Map.of(), null, null, null, null, null, null, page);
    }
    Map<String, List<Provenance>> features = new LinkedHashMap<>();
    analysis.features().keySet().forEach(id -> features.put(id, new ArrayList<>()));
    Map<Integer, Detection> bySentence = new HashMap<>();
    for (List<Detection> detections : analysis.items().values()) {
      for (Detection d : detections) {
        features
            .computeIfAbsent(d.featureId(), k -> new ArrayList<>())
            .add(sentence(origin, url, d.text(), (long) d.start()));
        bySentence.putIfAbsent(d.sentence(), d);
      }
    }
    Sentences at = new Sentences(origin, url, bySentence);
    PolicyValues v = analysis.values();
    return new PolicyFacts(
        status,
        analysis.language() == null ? null : analysis.language().language(),
        analysis.language() == null ? null : analysis.language().script(),
        readability(analysis.readability()),
        features,
        v.sensitiveItems().stream()
            .map(
                s ->
                    new PolicyFacts.SensitiveItem(
                        s.item(),
                        s.purposeStated(),
                        s.term().startsWith("android.permission.") ? s.term() : null,
                        s.permissionStatement(),
                        at.of(s.sentence())))
            .toList(),
        v.thirdParties().stream()
            .map(
                t ->
                    new PolicyFacts.ThirdParty(
                        t.name(), t.key(), t.vendor(), t.purpose(), at.of(t.sentence())))
            .toList(),
        v.responseTimes().stream()
            .map(
                r ->
                    new PolicyFacts.ResponseTime(
                        r.days(), r.unit(), r.exceedsLimit(), at.of(r.sentence())))
            .toList(),
        v.contactChannels().stream()
            .map(c -> new PolicyFacts.ContactChannel(c.kind(), c.value(), at.of(c.sentence())))
            .toList(),
        v.dates().stream()
            .map(d -> new PolicyFacts.DateValue(d.kind(), d.date(), at.of(d.sentence())))
            .toList(),
        analysis.sha256(),
        page);
  }

  private static PolicyFacts.Readability readability(org.appwatch.scoring.policy.Readability r) {
    return r == null
        ? null
        : new PolicyFacts.Readability(
            r.chars(), r.sentences(), r.meanSentenceChars(), r.jargonShare());
  }

  private static Provenance sentence(Provenance origin, String url, String text, Long offset) {
    return origin == null
        ? new Provenance("policy", text, url, offset, null, null)
        : new Provenance("policy", text, url, offset, origin.warcRecordId(), origin.crawlId());
  }

  /** Values name a sentence by index; its text and offset come from a detection on it. */
  private record Sentences(Provenance origin, String url, Map<Integer, Detection> bySentence) {
    Provenance of(int index) {
      Detection d = bySentence.get(index);
      return d == null
          ? sentence(origin, url, "sentence " + index, null)
          : sentence(origin, url, d.text(), (long) d.start());
    }
  }
}
