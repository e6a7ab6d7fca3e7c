package org.appwatch.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.appwatch.search.index.AppDocument;

/** Reads the app documents of {@code src/test/resources/apps/apps.jsonl}. */
final class SearchFixtures {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private SearchFixtures() {}

  static List<AppDocument> apps() throws IOException {
    List<AppDocument> apps = new ArrayList<>();
    try (InputStream in = SearchFixtures.class.getResourceAsStream("/apps/apps.jsonl");
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        apps.add(JSON.readValue(line, AppDocument.class));
      }
    }
    return apps;
  }

  /** An app with a different package name, title and risk, otherwise like {@code app}. */
  static AppDocument renamed(AppDocument app, String packageName, String title, double risk) {
    return new AppDocument(
        app.store(),
        packageName,
        app.crawlId(),
        title,
        app.developer(),
        app.category(),
        app.installsMin(),
        app.description(),
        app.policyUrl(),
        app.policySha256(),
        app.policyText(),
        app.sdks(),
        app.permissions(),
        app.items(),
        app.verdicts(),
        risk,
        app.priority());
  }
}
