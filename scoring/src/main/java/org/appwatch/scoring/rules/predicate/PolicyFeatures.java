package org.appwatch.scoring.rules.predicate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * The policy analyser's feature ids that rules may name ({@code policy-features.txt}, kept equal to
 * the analyser's {@code items/index.txt}): a misspelt id would make "feature missing" always true.
 */
final class PolicyFeatures {

  static final Set<String> KNOWN = load();

  private PolicyFeatures() {}

  static List<String> checked(Params params) {
    List<String> ids = params.strings();
    for (String id : ids) {
      if (!KNOWN.contains(id)) {
        throw new IllegalArgumentException(
            params.predicate() + ": unknown policy feature `" + id + "`; known: " + KNOWN);
      }
    }
    return ids;
  }

  /** Evidence that a feature was looked for in the whole text and not found. */
  static Provenance absence(Provenance policy, String featureId) {
    return Provenance.from(policy, "policy", "no sentence found for " + featureId);
  }

  private static Set<String> load() {
    try (InputStream in = PolicyFeatures.class.getResourceAsStream("policy-features.txt")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing policy-features.txt"));
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
