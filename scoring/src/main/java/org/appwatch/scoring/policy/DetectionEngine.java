package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one generic engine: evaluates every feature of a {@link FeatureCatalog} on every sentence of
 * a {@link PolicyText}. At most one detection per feature and sentence. Cost: per sentence one
 * Simplified fold and one keyword-automaton pass ({@link CuePrefilter}), then regex work only for
 * the cues whose anchors occur in it; thread-safe.
 */
public final class DetectionEngine {

  private final FeatureCatalog catalog;
  private final CuePrefilter prefilter;

  public DetectionEngine(FeatureCatalog catalog) {
    this.catalog = catalog;
    this.prefilter = new CuePrefilter(catalog.features());
  }

  /** Detections keyed by feature id, in catalogue order; every feature has a (maybe empty) list. */
  public Map<String, List<Detection>> detect(PolicyText text) {
    List<Sentence> sentences = text.sentences();
    SentenceView[] views = new SentenceView[sentences.size()];
    BitSet[] candidates = new BitSet[views.length];
    String heading = null;
    boolean definitions = false;
    for (int i = 0; i < views.length; i++) {
      Sentence s = sentences.get(i);
      Sentence next = i + 1 < views.length ? sentences.get(i + 1) : null;
      if (!s.heading().equals(heading)) {
        heading = s.heading();
        definitions = SentenceView.definitionSection(heading);
      }
      views[i] = SentenceView.of(s, next, definitions);
      candidates[i] = prefilter.candidates(views[i].lowerContext());
    }
    Map<String, List<Detection>> byFeature = new LinkedHashMap<>();
    List<Feature> features = catalog.features();
    for (int f = 0; f < features.size(); f++) {
      Feature feature = features.get(f);
      int first = prefilter.offset(f);
      List<Detection> found = new ArrayList<>();
      for (int i = 0; i < views.length; i++) {
        Detection d = feature.detect(views[i], catalog.negation(), candidates[i], first);
        if (d != null) {
          found.add(d);
        }
      }
      byFeature.put(feature.id(), List.copyOf(found));
    }
    return byFeature;
  }
}
