package org.appwatch.scoring.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.appwatch.scoring.rules.predicate.ConditionParser;
import org.appwatch.scoring.rules.predicate.Predicate;

/**
 * Reads and validates one rule file. Every problem is an {@link IllegalArgumentException} whose
 * message says what is wrong; {@link RuleCatalogue} adds the file name.
 */
final class RuleParser {

  /** Placeholders every rule may use, filled from the app itself. */
  static final Set<String> GLOBAL_PLACEHOLDERS =
      Set.of("package", "store", "category", "installs", "crawl");

  static final Set<String> EVIDENCE_KINDS =
      Set.of("listing", "apk", "policy", "cross", "history", "peers", "dynamic");

  private static final Set<String> KEYS =
      Set.of(
          "id",
          "title",
          "cites",
          "kind",
          "severity",
          "confidence",
          "evidence",
          "why",
          "applies",
          "condition",
          "verdict",
          "otherwise",
          "wording",
          "fixtures");

  private final ConditionParser conditions;
  private final MethodItems items;

  RuleParser(ConditionParser conditions, MethodItems items) {
    this.conditions = conditions;
    this.items = items;
  }

  Rule parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a rule file holds one map");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw new IllegalArgumentException("unknown key `" + k + "`, expected one of " + KEYS);
      }
    }
    String id = text(root, "id");
    List<String> cites = strings(root, "cites");
    for (String item : cites) {
      if (items.find(item).isEmpty()) {
        throw new IllegalArgumentException("cites unknown Method item `" + item + "`");
      }
    }
    RuleKind kind = RuleKind.of(text(root, "kind"));
    Severity severity = severity(text(root, "severity"));
    double confidence = root.path("confidence").asDouble(-1);
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("`confidence` must be a number in (0, 1]");
    }
    List<String> evidence = strings(root, "evidence");
    for (String e : evidence) {
      if (!EVIDENCE_KINDS.contains(e)) {
        throw new IllegalArgumentException("unknown evidence kind `" + e + "`");
      }
    }
    Set<String> placeholders = new HashSet<>(GLOBAL_PLACEHOLDERS);
    ConditionParser.Parsed applies = optionalCondition(root, "applies", evidence, placeholders);
    ConditionParser.Parsed condition = optionalCondition(root, "condition", evidence, placeholders);
    if (kind == RuleKind.MANUAL && condition != null) {
      throw new IllegalArgumentException("a manual rule has no `condition` (use `applies`)");
    }
    if (kind != RuleKind.MANUAL && condition == null) {
      throw new IllegalArgumentException("an " + kind.id() + " rule needs a `condition`");
    }
    Verdict onMatch = verdict(root, "verdict", kind.onMatch());
    Verdict otherwise = verdict(root, "otherwise", kind.otherwise());
    if (onMatch == otherwise) {
      throw new IllegalArgumentException("`verdict` and `otherwise` must differ");
    }
    Wording title = wording(root, "title");
    Wording wording = wording(root, "wording");
    Set<String> unknown = new HashSet<>(wording.placeholders());
    unknown.removeAll(placeholders);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "wording uses placeholders " + unknown + " that no predicate of the rule fills");
    }
    JsonNode fixtures = root.path("fixtures");
    return new Rule(
        id,
        title,
        cites,
        kind,
        severity,
        confidence,
        evidence,
        root.path("why").asText("").strip(),
        yaml(root.get("applies")),
        applies == null ? null : applies.condition(),
        yaml(root.get("condition")),
        condition == null ? null : condition.condition(),
        onMatch,
        otherwise,
        wording,
        fixtures(fixtures.path("must_fire")),
        fixtures(fixtures.path("must_not_fire")));
  }

  private ConditionParser.Parsed optionalCondition(
      JsonNode root, String key, List<String> evidence, Set<String> placeholders) {
    if (!root.hasNonNull(key)) {
      return null;
    }
    ConditionParser.Parsed parsed;
    try {
      parsed = conditions.parse(root.get(key));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("`" + key + "`: " + e.getMessage(), e);
    }
    for (Predicate p : parsed.predicates()) {
      String kind = p.name().substring(0, p.name().indexOf('.'));
      if (!evidence.contains(kind)) {
        throw new IllegalArgumentException(
            "`" + key + "` uses " + p.name() + " but `evidence` does not list " + kind);
      }
    }
    placeholders.addAll(parsed.placeholders());
    return parsed;
  }

  private static List<Fixture> fixtures(JsonNode list) {
    List<Fixture> out = new ArrayList<>();
    if (list.isMissingNode() || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("fixtures must be lists");
    }
    list.forEach(f -> out.add(Fixture.read(f)));
    return out;
  }

  private static Verdict verdict(JsonNode root, String key, Verdict otherwise) {
    return root.hasNonNull(key) ? Verdict.of(root.get(key).asText()) : otherwise;
  }

  private static Severity severity(String s) {
    try {
      return Severity.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity `" + s + "`");
    }
  }

  private static Wording wording(JsonNode root, String key) {
    JsonNode w = root.path(key);
    String zh = w.path("zh").asText("").strip();
    String en = w.path("en").asText("").strip();
    if (zh.isEmpty() || en.isEmpty()) {
      throw new IllegalArgumentException("missing `" + key + "` in zh and en");
    }
    return new Wording(zh, en);
  }

  private static String text(JsonNode root, String key) {
    JsonNode v = root.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("missing `" + key + "`");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode root, String key) {
    List<String> out = new ArrayList<>();
    root.path(key).forEach(v -> out.add(v.asText()));
    if (out.isEmpty()) {
      throw new IllegalArgumentException("missing `" + key + "` (a non-empty list)");
    }
    return out;
  }

  private static String yaml(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return RuleYaml.mapper().writeValueAsString(node).replaceFirst("^---\\s*\\n", "").strip();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
