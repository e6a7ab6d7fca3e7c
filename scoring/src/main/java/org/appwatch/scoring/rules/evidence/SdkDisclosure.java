package org.appwatch.scoring.rules.evidence;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.appwatch.scoring.sdk.SdkKeys;

/**
 * Decides whether a policy names an embedded SDK, by the SDK keys the policy reader uses too
 * ({@link SdkKeys}, table {@code sdk-keys.tsv}, whose header states the rules). The APK's SDK is
 * keyed by its catalogue id, else by its name; a policy's third party by the key the policy
 * analyser gave it, else by its name. The SDK is named when a third party has its key, or, for a
 * {@code base} SDK (a vendor's shared runtime), when a third party is of its family. Naming a
 * vendor, or one product, discloses no other product.
 *
 * <p>An SDK the table does not list is matched by words: its normalised name, each part of the name
 * between brackets or slashes, each Latin word of at least four letters and its catalogue aliases,
 * when one occurs in a normalised third-party name (or name + vendor), or a distinctive third-party
 * name of at least four characters occurs in one of them. Generic words (vendor brands, categories)
 * never match.
 */
public final class SdkDisclosure {

  private static final SdkDisclosure STANDARD = new SdkDisclosure(SdkKeys.standard());

  private final SdkKeys keys;

  SdkDisclosure(SdkKeys keys) {
    this.keys = keys;
  }

  /** The pinned table. */
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

  /** The SDK's key: the table's key of its catalogue id, else of its name. */
  public String key(ApkFacts.SdkFact sdk) {
    String byId = keys.key(sdk.id());
    return keys.entry(byId) != null ? byId : keys.key(sdk.name() == null ? "" : sdk.name());
  }

  /** True when one of {@code thirdParties} names {@code sdk}. */
  public boolean named(ApkFacts.SdkFact sdk, List<PolicyFacts.ThirdParty> thirdParties) {
    String key = key(sdk);
    SdkKeys.Entry entry = keys.entry(key);
    if (entry == null) {
      return namedByWords(sdk, thirdParties);
    }
    for (PolicyFacts.ThirdParty tp : thirdParties) {
      String named = tp.key() != null && !tp.key().isEmpty() ? tp.key() : keys.key(tp.name());
      SdkKeys.Entry other = keys.entry(named);
      if (named.equals(key)
          || (entry.base() && other != null && other.family().equals(entry.family()))) {
        return true;
      }
    }
    return false;
  }

  private boolean namedByWords(ApkFacts.SdkFact sdk, List<PolicyFacts.ThirdParty> thirdParties) {
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

  /** The distinctive words an SDK the table does not list is known by (visible for tests). */
  Set<String> terms(ApkFacts.SdkFact sdk) {
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
    return n.length() >= (han ? 2 : 3) && !keys.generic(n);
  }
}
