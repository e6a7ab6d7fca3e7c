package org.appwatch.scoring.policy.eval;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.localstore.policy.PolicyLanguage;
import org.appwatch.localstore.policy.PolicySpec;
import org.appwatch.localstore.policy.PolicyWriter;

/**
 * Generated policies drawn from the local store's corpus in index order until each language has
 * {@code perLanguage} HTML policies (Traditional Chinese and English are rarer in the corpus, so
 * the walk goes further than {@code 3 × perLanguage} apps). Non-HTML forms met on the way are kept
 * too. Each page is encoded as the store serves it (GBK for some Simplified Chinese pages), so the
 * analyser reads bytes as it would from the crawler.
 */
record StoreSample(AppSpec app, PolicySpec spec, byte[] body) {

  private static final Charset GBK = Charset.forName("GBK");

  static List<StoreSample> draw(long seed, int perLanguage) {
    Corpus corpus = new Corpus(Math.max(1000, perLanguage * 40), seed, 0);
    PolicyWriter writer = new PolicyWriter();
    Map<PolicyLanguage, Integer> html = new EnumMap<>(PolicyLanguage.class);
    List<StoreSample> out = new ArrayList<>();
    for (int i = 0; i < corpus.indexLimit() && !full(html, perLanguage); i++) {
      if (!corpus.alive(i)) {
        continue;
      }
      AppSpec app = corpus.app(i);
      PolicySpec spec = app.policy();
      boolean isHtml = spec.form() == PolicyForm.HTML;
      if (isHtml && html.getOrDefault(spec.language(), 0) >= perLanguage) {
        continue;
      }
      if (isHtml) {
        html.merge(spec.language(), 1, Integer::sum);
      }
      String page = writer.html(spec);
      byte[] body = page.getBytes(app.policyEncoding().gbk() ? GBK : StandardCharsets.UTF_8);
      out.add(new StoreSample(app, spec, body));
    }
    return out;
  }

  private static boolean full(Map<PolicyLanguage, Integer> html, int perLanguage) {
    for (PolicyLanguage l : PolicyLanguage.values()) {
      if (html.getOrDefault(l, 0) < perLanguage) {
        return false;
      }
    }
    return true;
  }
}
