package org.appwatch.scoring.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The policy analyser's entry point: a policy page (HTML), plain text or raw bytes in, a {@link
 * PolicyAnalysis} out. Never throws on bad input: empty, oversized, binary, mis-decoded, too short,
 * link-only and login-wall pages end in a specific {@link PolicyStatus}. Cost is linear in the text
 * (features × sentences regex scans plus one segmentation pass); input over {@link
 * InputGate#MAX_CHARS} chars is refused after one length check. Thread-safe.
 */
public final class PolicyAnalyzer {

  private static final PolicyAnalyzer STANDARD =
      new PolicyAnalyzer(FeatureCatalog.standard(), true);

  private final FeatureCatalog catalog;
  private final DetectionEngine engine;
  private final boolean segment;

  /**
   * @param segment run Chinese word segmentation for the readability word count (the costliest
   *     step); without it {@link Readability#words()} is -1
   */
  public PolicyAnalyzer(FeatureCatalog catalog, boolean segment) {
    this.catalog = catalog;
    this.engine = new DetectionEngine(catalog);
    this.segment = segment;
  }

  /** Analyses a policy page with the standard catalogue. */
  public static PolicyAnalysis analyzeHtml(String html, String sourceName) {
    return STANDARD.html(html, sourceName);
  }

  /** Analyses plain policy text (one block per line) with the standard catalogue. */
  public static PolicyAnalysis analyzeText(String text, String sourceName) {
    return STANDARD.text(text, sourceName);
  }

  /** Analyses a fetched body whose charset is unknown or untrusted; see {@link PolicyDecoder}. */
  public static PolicyAnalysis analyzeBytes(byte[] body, String sourceName) {
    return STANDARD.bytes(body, sourceName);
  }

  /** As {@link #analyzeHtml}, with this analyser's catalogue and settings. */
  public PolicyAnalysis html(String html, String sourceName) {
    InputGate.Verdict early = InputGate.beforeParsing(html);
    if (early != null) {
      return PolicyAnalysis.refused(sourceName, early.status(), early.detail());
    }
    Document page = Jsoup.parse(html);
    InputGate.PageSignals signals = InputGate.PageSignals.of(page);
    return prepared(PolicyText.of(sourceName, HtmlBlocks.of(page)), signals);
  }

  /** As {@link #analyzeText}, with this analyser's catalogue and settings. */
  public PolicyAnalysis text(String text, String sourceName) {
    InputGate.Verdict early = InputGate.beforeParsing(text);
    if (early != null) {
      return PolicyAnalysis.refused(sourceName, early.status(), early.detail());
    }
    return prepared(
        PolicyText.of(sourceName, PlainTextBlocks.of(text)), InputGate.PageSignals.NONE);
  }

  /** As {@link #analyzeBytes}, with this analyser's catalogue and settings. */
  public PolicyAnalysis bytes(byte[] body, String sourceName) {
    PolicyDecoder.Decoded decoded = PolicyDecoder.decode(body);
    if (decoded.refusal() != null) {
      return PolicyAnalysis.refused(sourceName, decoded.refusal(), decoded.detail());
    }
    return decoded.html() ? html(decoded.text(), sourceName) : text(decoded.text(), sourceName);
  }

  private PolicyAnalysis prepared(PolicyText text, InputGate.PageSignals signals) {
    InputGate.Verdict late = InputGate.afterParsing(text, signals);
    if (late != null) {
      return PolicyAnalysis.refused(text.sourceName(), late.status(), late.detail());
    }
    return analyze(text);
  }

  /** Runs the features on a prepared text, whatever its length. */
  public PolicyAnalysis analyze(PolicyText text) {
    Map<String, List<Detection>> byFeature = engine.detect(text);
    Map<String, List<Detection>> items = new LinkedHashMap<>();
    PolicyAnalysis.ITEMS.forEach(item -> items.put(item, new java.util.ArrayList<>()));
    Map<String, PolicyAnalysis.FeatureSummary> summaries = new LinkedHashMap<>();
    for (Feature feature : catalog.features()) {
      List<Detection> found = byFeature.get(feature.id());
      String item = feature.spec().cites().get(0);
      items.computeIfAbsent(item, k -> new java.util.ArrayList<>()).addAll(found);
      summaries.put(
          feature.id(),
          new PolicyAnalysis.FeatureSummary(
              feature.spec().cites(), feature.spec().meaning(), found.size()));
    }
    items.replaceAll((k, v) -> List.copyOf(v));
    return new PolicyAnalysis(
        text.sourceName(),
        PolicyStatus.OK,
        PolicyStatus.OK.label(),
        text.language(),
        text.sha256(),
        ReadabilityMeter.measure(text, segment),
        items,
        summaries,
        values(text, byFeature));
  }

  private PolicyValues values(PolicyText text, Map<String, List<Detection>> byFeature) {
    Map<String, List<Detection>> byExtractor = new LinkedHashMap<>();
    for (Feature feature : catalog.features()) {
      if (feature.spec().extract() != null) {
        byExtractor
            .computeIfAbsent(feature.spec().extract(), k -> new java.util.ArrayList<>())
            .addAll(byFeature.get(feature.id()));
      }
    }
    Function<String, List<Detection>> of = name -> byExtractor.getOrDefault(name, List.of());
    return new PolicyValues(
        DateExtractor.extract(of.apply("dates")),
        ResponseTimeExtractor.extract(of.apply("response-days")),
        ContactChannelExtractor.extract(of.apply("contact-channels")),
        SensitiveItemExtractor.extract(of.apply("sensitive-items")),
        ThirdPartyExtractor.extract(text.sentences(), of.apply("third-parties")));
  }
}
