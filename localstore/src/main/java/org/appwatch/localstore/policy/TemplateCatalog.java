package org.appwatch.localstore.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The layout and every language's templates, read from the classpath once per JVM and checked for
 * completeness, so that a missing clause wording fails at start-up rather than as a silently short
 * policy.
 */
final class TemplateCatalog {

  private static final String BASE = "/org/appwatch/localstore/policy/";
  private static final TemplateCatalog INSTANCE = load();

  private final PolicyLayout layout;
  private final Map<PolicyLanguage, PolicyTemplates> templates;
  private final Map<PolicyLanguage, DateTimeFormatter> dates;

  private TemplateCatalog(
      PolicyLayout layout,
      Map<PolicyLanguage, PolicyTemplates> templates,
      Map<PolicyLanguage, DateTimeFormatter> dates) {
    this.layout = layout;
    this.templates = templates;
    this.dates = dates;
  }

  static TemplateCatalog get() {
    return INSTANCE;
  }

  PolicyLayout layout() {
    return layout;
  }

  PolicyTemplates templates(PolicyLanguage language) {
    return templates.get(language);
  }

  DateTimeFormatter dateFormat(PolicyLanguage language) {
    return dates.get(language);
  }

  private static TemplateCatalog load() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    PolicyLayout layout = read(yaml, "policy-layout.yaml", PolicyLayout.class);
    Map<PolicyLanguage, PolicyTemplates> templates = new EnumMap<>(PolicyLanguage.class);
    Map<PolicyLanguage, DateTimeFormatter> dates = new EnumMap<>(PolicyLanguage.class);
    for (PolicyLanguage language : PolicyLanguage.values()) {
      String file = "clauses-" + language.tag() + ".yaml";
      PolicyTemplates t = read(yaml, file, PolicyTemplates.class);
      check(file, t, layout);
      templates.put(language, t);
      dates.put(
          language,
          DateTimeFormatter.ofPattern(t.dateFormat(), Locale.forLanguageTag(language.tag())));
    }
    return new TemplateCatalog(layout, templates, dates);
  }

  private static <T> T read(ObjectMapper yaml, String file, Class<T> type) {
    try (InputStream in = TemplateCatalog.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("missing policy template resource " + file);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy template " + file, e);
    }
  }

  private static void check(String file, PolicyTemplates t, PolicyLayout layout) {
    for (Clause clause : Clause.values()) {
      if (t.clauses().getOrDefault(clause, List.of()).isEmpty()) {
        throw new IllegalStateException(file + " has no wording for " + clause);
      }
    }
    for (PolicyLayout.Section section : layout.sections()) {
      if (section.hasHeading() && !t.headings().containsKey(section.id())) {
        throw new IllegalStateException(file + " has no heading for section " + section.id());
      }
      for (String item : section.items()) {
        if (item.startsWith("filler:") && !t.filler().containsKey(item.substring(7))) {
          throw new IllegalStateException(file + " has no filler " + item);
        }
      }
    }
  }
}
