package org.appwatch.scoring.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads each permission or sensitive item (M2.3) mentioned in the sensitive-item detections, and
 * whether the same sentence states a purpose, from the lexicon in {@code sensitive-items.yaml}.
 * Loaded once; thread-safe.
 */
final class SensitiveItemExtractor {

  private static final AnchoredPattern PURPOSE;
  private static final AnchoredPattern PERMISSION;
  private static final AnchoredPattern ANDROID =
      AnchoredPattern.compile("android\\.permission\\.[A-Z_]+");
  private static final Map<String, AnchoredPattern> ITEMS = new LinkedHashMap<>();

  static {
    try (InputStream in =
        SensitiveItemExtractor.class.getResourceAsStream("sensitive-items.yaml")) {
      Map<?, ?> doc = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      PURPOSE = AnchoredPattern.compile((String) doc.get("purposeCues"));
      PERMISSION = AnchoredPattern.compile((String) doc.get("permissionCues"));
      ((Map<?, ?>) doc.get("items"))
          .forEach(
              (k, v) -> {
                ITEMS.put((String) k, AnchoredPattern.compile((String) v));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SensitiveItemExtractor() {}

  static List<PolicyValues.SensitiveItem> extract(List<Detection> detections) {
    List<PolicyValues.SensitiveItem> out = new ArrayList<>();
    for (Detection d : detections) {
      String text = ScriptFold.fold(d.text());
      String lower = CueAnchors.lower(text);
      boolean purpose = PURPOSE.find(text, lower);
      boolean permission = PERMISSION.find(text, lower);
      java.util.Set<String> named = new java.util.HashSet<>();
      java.util.Set<String> permissions = new java.util.HashSet<>();
      Matcher android = ANDROID.pattern().matcher(text);
      while (ANDROID.mayMatch(lower) && android.find()) {
        // One entry per permission named: a sentence on READ and WRITE storage states both.
        String item = PermissionItems.itemOf(android.group());
        if (item != null && permissions.add(android.group())) {
          named.add(item);
          out.add(
              new PolicyValues.SensitiveItem(item, android.group(), purpose, true, d.sentence()));
        }
      }
      if (!permissions.isEmpty()) {
        // The other terms of a sentence naming a permission say what that permission is used for
        // ("the camera permission ... to take photos"): they are not items of their own.
        continue;
      }
      List<PolicyValues.SensitiveItem> items = new ArrayList<>();
      boolean phrased = false;
      for (Map.Entry<String, AnchoredPattern> item : ITEMS.entrySet()) {
        if (!item.getValue().mayMatch(lower)) {
          continue; // none of the item's terms occurs: its regex cannot match
        }
        // Tried only where a term can start: a long term list would be tried at every char.
        Matcher m = item.getValue().matcher(text);
        for (int from = 0;
            item.getValue().next(m, text, from);
            from = Math.max(m.end(), m.start() + 1)) {
          boolean phrase = permission && PermissionPhrase.around(lower, m.start(), m.end());
          if (phrase || !permission || !phrased) {
            if (phrase && !phrased) {
              // "相机权限：…用于拍摄照片": once a term names a permission, the sentence's other terms
              // say what that permission is for, not which items it asks for.
              items.clear();
              named.clear();
              phrased = true;
            }
            if (named.add(item.getKey())) {
              items.add(
                  new PolicyValues.SensitiveItem(
                      item.getKey(),
                      d.text().substring(m.start(), m.end()),
                      purpose,
                      permission,
                      d.sentence()));
            }
            break;
          }
        }
      }
      out.addAll(items);
    }
    return List.copyOf(out);
  }
}
