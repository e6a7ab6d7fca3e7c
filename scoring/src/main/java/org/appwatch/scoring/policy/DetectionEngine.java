package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one generic engine: evaluates every feature of a {@link FeatureCatalog} on every sentence of
 * a {@link PolicyText}. At most one detection per feature and sentence. Cost: features × sentences
 * regex scans; thread-safe.
 */
public final class DetectionEngine {

  private final FeatureCatalog catalog;

  public DetectionEngine(FeatureCatalog catalog) {
    this.catalog = catalog;
  }

  /** Detections keyed by feature id, in catalogue order; every feature has a (maybe empty) list. */
  public Map<String, List<Detection>> detect(PolicyText text) {
    Map<String, List<Detection>> byFeature = new LinkedHashMap<>();
    List<Sentence> sentences = text.sentences();
    SentenceView[] views = new SentenceView[sentences.size()];
    for (int i = 0; i < views.length; i++) {
      views[i] =
          SentenceView.of(sentences.get(i), i + 1 < views.length ? sentences.get(i + 1) : null);
    }
    for (Feature feature : catalog.features()) {
      List<Detection> found = new ArrayList<>();
      for (SentenceView view : views) {
        Detection d = feature.detect(view, catalog.negation());
        if (d != null) {
          found.add(d);
        }
      }
      byFeature.put(feature.id(), List.copyOf(found));
    }
    return byFeature;
  }
}
