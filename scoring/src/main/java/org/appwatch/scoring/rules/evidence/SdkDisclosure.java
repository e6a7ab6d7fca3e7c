package org.appwatch.scoring.rules.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.RuleYaml;

/**
 * Decides whether a policy names an embedded SDK. An SDK's terms are its normalised name, each part
 * of the name between brackets or slashes, each distinctive Latin word of at least four letters,
 * its own aliases and those {@code sdk-aliases.yaml} gives for fragments of its name or id. The SDK
 * is named when one term occurs in a normalised third-party name (or name + vendor) of the policy,
 * or a distinctive third-party name of at least four characters occurs in a term. Vendor names of
 * the SDK are never terms: a vendor named for one SDK discloses none of its others.
 */
public final class SdkDisclosure {

  private static final SdkDisclosure STANDARD = load();

  private final Map<String, List<String>> aliases;
  private final Set<String> generic;

  SdkDisclosure(Map<String, List<String>> aliases, Set<String> generic) {
    this.aliases = aliases;
    this.generic = generic;
  }

  /** The pinned alias table. */
  public static SdkDisclosure standard() {
    return STANDARD;
  }

  /** NFKC, lower case, letters and digits only. */
  public static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** True when one of {@code thirdParties} names {@code sdk}. */
  public boolean named(ApkFacts.SdkFact sdk, List<PolicyFacts.ThirdParty> thirdParties) {
    Set<String> terms = terms(sdk);
    for (PolicyFacts.ThirdParty tp : thirdParties) {
      String name = normalise(tp.name());
      String full = name + normalise(tp.vendor());
      for (String t : terms) {
        if (full.contains(t) || (distinctive(name) && name.length() >= 4 && t.contains(name))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The distinctive terms an SDK is known by (visible for the docs and tests). */
  public Set<String> terms(ApkFacts.SdkFact sdk) {
    Set<String> raw = new LinkedHashSet<>();
    String name = sdk.name() == null ? "" : sdk.name();
    raw.add(name);
    raw.addAll(List.of(name.split("[()（）/|]")));
    for (String word : name.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 4 && word.chars().allMatch(c -> c < 128)) {
        raw.add(word);
      }
    }
    raw.addAll(sdk.aliases());
    String key = normalise(name) + " " + normalise(sdk.id());
    aliases.forEach(
        (fragment, names) -> {
          if (key.contains(fragment)) {
            raw.addAll(names);
          }
        });
    Set<String> terms = new LinkedHashSet<>();
    for (String r : raw) {
      String n = normalise(r);
      if (distinctive(n)) {
        terms.add(n);
      }
    }
    return terms;
  }

  private boolean distinctive(String n) {
    boolean han =
        n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return n.length() >= (han ? 2 : 3) && !generic.contains(n);
  }

  private static SdkDisclosure load() {
    JsonNode root = RuleYaml.resource(SdkDisclosure.class, "sdk-aliases.yaml");
    Map<String, List<String>> aliases = new HashMap<>();
    root.get("aliases")
        .fields()
        .forEachRemaining(
            e -> {
              List<String> names = new ArrayList<>();
              e.getValue().forEach(v -> names.add(v.asText()));
              aliases.put(normalise(e.getKey()), List.copyOf(names));
            });
    Set<String> generic = new HashSet<>();
    root.get("generic").forEach(v -> generic.add(normalise(v.asText())));
    return new SdkDisclosure(Map.copyOf(aliases), Set.copyOf(generic));
  }
}
