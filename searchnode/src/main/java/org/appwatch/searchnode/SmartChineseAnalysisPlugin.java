package org.appwatch.searchnode;

import static java.util.Map.entry;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers Lucene's Smart Chinese analysis under the names Elasticsearch's own {@code
 * analysis-smartcn} plugin uses: the {@code smartcn} analyzer and the {@code smartcn_tokenizer}
 * tokenizer. That plugin is published only as a zip for Elasticsearch's installer, not on Maven
 * Central, so the embedded node registers the same Lucene classes itself; a user's cluster with the
 * official plugin installed therefore accepts the same index settings.
 */
public final class SmartChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of("smartcn", SmartcnAnalyzerProvider::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.ofEntries(entry("smartcn_tokenizer", SmartcnTokenizerFactory::new));
  }

  private static final class SmartcnAnalyzerProvider
      extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {
    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();

    SmartcnAnalyzerProvider(
        IndexSettings indexSettings, Environment environment, String name, Settings settings) {
      super(indexSettings, name, settings);
    }

    @Override
    public SmartChineseAnalyzer get() {
      return analyzer;
    }
  }

  private static final class SmartcnTokenizerFactory extends AbstractTokenizerFactory {
    SmartcnTokenizerFactory(
        IndexSettings indexSettings, Environment environment, String name, Settings settings) {
      super(indexSettings, settings, name);
    }

    @Override
    public Tokenizer create() {
      return new HMMChineseTokenizer();
    }
  }
}
