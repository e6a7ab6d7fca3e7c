package org.appwatch.scoring.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.appwatch.scoring.rules.predicate.ConditionParser;
import org.appwatch.scoring.rules.predicate.PredicateRegistry;

/**
 * The validated rule catalogue: {@code catalogue/index.yaml} (version, rule ids in order, retired
 * ids) and one {@code <id>.yaml} per rule. Loading fails with a {@link CatalogueException} naming
 * the file on: an unknown predicate or Method item, missing wording, an id that does not match its
 * file name, a duplicate or retired id, a rule file the index does not list, or a Method item no
 * rule cites. Immutable and thread-safe once loaded.
 */
public final class RuleCatalogue {

  /** The classpath folder of the shipped catalogue, relative to this class. */
  public static final String FOLDER = "catalogue";

  static final String INDEX = "index.yaml";
  private static final Pattern ID = Pattern.compile("AW-\\d{3}");

  private final String version;
  private final List<Rule> rules;
  private final MethodItems items;

  private RuleCatalogue(String version, List<Rule> rules, MethodItems items) {
    this.version = version;
    this.rules = List.copyOf(rules);
    this.items = items;
  }

  /** Reads the file {@code name} of a catalogue; null when it does not exist. */
  @FunctionalInterface
  public interface Source {
    byte[] read(String name) throws IOException;

    /** Every {@code .yaml} file name, when the source can list them (a folder can, a jar not). */
    default Optional<Set<String>> list() throws IOException {
      return Optional.empty();
    }
  }

  /** The catalogue shipped on the classpath. */
  public static RuleCatalogue load() {
    return load(
        name -> {
          try (InputStream in = RuleCatalogue.class.getResourceAsStream(FOLDER + "/" + name)) {
            return in == null ? null : in.readAllBytes();
          }
        });
  }

  /** A catalogue in a folder (the source tree, a test's temporary folder). */
  public static RuleCatalogue load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CatalogueException(folder.toString(), "not a folder of rule files");
    }
    return load(
        new Source() {
          @Override
          public byte[] read(String name) throws IOException {
            try {
              return Files.readAllBytes(folder.resolve(name));
            } catch (NoSuchFileException e) {
              return null;
            }
          }

          @Override
          public Optional<Set<String>> list() throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
              Set<String> names = new TreeSet<>();
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".yaml"))
                  .forEach(names::add);
              return Optional.of(names);
            }
          }
        });
  }

  /** A catalogue read from {@code source} with the standard predicates and Method items. */
  public static RuleCatalogue load(Source source) {
    MethodItems items = MethodItems.standard();
    RuleParser parser = new RuleParser(new ConditionParser(PredicateRegistry.standard()), items);
    JsonNode index = yaml(source, INDEX);
    List<String> ids = new ArrayList<>();
    index.path("rules").forEach(n -> ids.add(n.asText()));
    Set<String> retired = new TreeSet<>();
    index.path("retired").forEach(n -> retired.add(n.asText()));
    if (ids.isEmpty() || !index.hasNonNull("version")) {
      throw new CatalogueException(INDEX, "needs `version` and a non-empty `rules` list");
    }
    Map<String, Rule> rules = new LinkedHashMap<>();
    MessageDigest digest = sha256();
    for (String id : ids) {
      String file = id + ".yaml";
      if (!ID.matcher(id).matches()) {
        throw new CatalogueException(INDEX, "rule id `" + id + "` is not of the form AW-nnn");
      }
      if (retired.contains(id)) {
        throw new CatalogueException(file, "id " + id + " is retired and may not be reused");
      }
      if (rules.containsKey(id)) {
        throw new CatalogueException(file, "duplicate id " + id + " in " + INDEX);
      }
      byte[] bytes = bytes(source, file);
      digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(bytes);
      Rule rule;
      try {
        rule = parser.parse(RuleYaml.mapper().readTree(bytes));
      } catch (IOException | IllegalArgumentException e) {
        throw new CatalogueException(file, e.getMessage(), e);
      }
      if (rules.containsKey(rule.id()) || (!rule.id().equals(id) && ids.contains(rule.id()))) {
        throw new CatalogueException(
            file, "duplicate id " + rule.id() + ", also the id of " + rule.id() + ".yaml");
      }
      if (!rule.id().equals(id)) {
        throw new CatalogueException(
            file, "id `" + rule.id() + "` does not match the file name (expected " + id + ")");
      }
      rules.put(id, rule);
    }
    unlisted(source, rules.keySet());
    uncovered(rules.values(), items);
    String version =
        index.get("version").asText()
            + "+"
            + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
    return new RuleCatalogue(version, new ArrayList<>(rules.values()), items);
  }

  /** {@code index.yaml}'s version, then the first 8 hex digits of a SHA-256 over the rule files. */
  public String version() {
    return version;
  }

  /** The rules in index order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The Method items the catalogue covers. */
  public MethodItems items() {
    return items;
  }

  /** The rules citing {@code item}, in index order. */
  public List<Rule> rulesFor(String item) {
    return rules.stream().filter(r -> r.cites().contains(item)).toList();
  }

  private static void unlisted(Source source, Set<String> ids) {
    try {
      Optional<Set<String>> files = source.list();
      if (files.isPresent()) {
        for (String f : files.get()) {
          if (!f.equals(INDEX) && !ids.contains(f.substring(0, f.length() - 5))) {
            throw new CatalogueException(f, "rule file not listed in " + INDEX);
          }
        }
      }
    } catch (IOException e) {
      throw new CatalogueException(INDEX, "cannot list the catalogue folder", e);
    }
  }

  private static void uncovered(java.util.Collection<Rule> rules, MethodItems items) {
    for (MethodItems.Item item : items.all()) {
      if (rules.stream().noneMatch(r -> r.cites().contains(item.id()))) {
        throw new CatalogueException(INDEX, "no rule cites Method item " + item.id());
      }
    }
  }

  private static JsonNode yaml(Source source, String file) {
    try {
      return RuleYaml.mapper().readTree(bytes(source, file));
    } catch (IOException e) {
      throw new CatalogueException(file, "not YAML: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(Source source, String file) {
    try {
      byte[] b = source.read(file);
      if (b == null) {
        throw new CatalogueException(file, "file not found");
      }
      return b;
    } catch (IOException e) {
      throw new CatalogueException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
