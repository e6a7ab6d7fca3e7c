package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.appwatch.scoring.apk.catalogue.KeywordAutomaton;

/**
 * One Aho-Corasick pass per sentence over the anchors ({@link CueAnchors}) of every cue of a
 * catalogue, telling which cues can match at all: Java's regex engine would otherwise try each
 * cue's alternatives at every position of every sentence. Cues are numbered across the catalogue in
 * feature order ({@link #offset}); a cue without anchors is always tried. Immutable and
 * thread-safe.
 */
final class CuePrefilter {

  private final KeywordAutomaton automaton;
  private final int[] cueOfKeyword;
  private final BitSet always = new BitSet();
  private final int[] offsets;

  CuePrefilter(List<Feature> features) {
    List<String> keywords = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    offsets = new int[features.size()];
    int cue = 0;
    for (int f = 0; f < features.size(); f++) {
      offsets[f] = cue;
      for (String regex : features.get(f).cueRegexes()) {
        List<String> anchors = CueAnchors.of(regex);
        if (anchors == null) {
          always.set(cue);
        } else {
          for (String a : anchors) {
            keywords.add(a);
            owners.add(cue);
          }
        }
        cue++;
      }
    }
    automaton = new KeywordAutomaton(keywords);
    cueOfKeyword = owners.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The number of the first cue of the {@code feature}-th feature. */
  int offset(int feature) {
    return offsets[feature];
  }

  /**
   * The cues that may match in a sentence, from its {@link SentenceView#lowerContext()}: the
   * context holds the folded text, so this is a superset of the cues that may match there.
   */
  BitSet candidates(String lowerContext) {
    BitSet out = (BitSet) always.clone();
    automaton.scan(lowerContext, (keyword, end) -> out.set(cueOfKeyword[keyword]));
    return out;
  }
}
