package org.appwatch.scoring.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.appwatch.scoring.policy.TextNormalizer;

/**
 * Reads the CAPP-130 development policies ({@code rw_<n>.jsonl}: one sentence a line with the
 * experts' topic labels, UTF-8 with a BOM). Labels that are not among the 13 label names are
 * dropped (a handful of entries are stray text). Lines that normalise to nothing are dropped too,
 * so that line i of {@link CappPolicy#text()} is sentence i.
 */
public final class CappCorpus {

  /** The 13 label names (Chinese), from {@code label_explanation.json}. */
  public static final Set<String> LABELS =
      Set.of(
          "数据收集",
          "权限获取",
          "共享、委托、转让、公开（披露）",
          "使用",
          "存储方式",
          "安全措施",
          "特殊人群",
          "数据、权限管理",
          "联系方式",
          "隐私政策的授权、修改与变更",
          "停止运营",
          "摘要",
          "潜在风险");

  private static final ObjectMapper JSON = new ObjectMapper();

  private CappCorpus() {}

  /** One expert-labelled sentence. */
  public record LabelledSentence(String text, Set<String> labels) {}

  /** One policy: its file name and sentences in order. */
  public record CappPolicy(String name, List<LabelledSentence> sentences) {
    /** The sentences joined by line breaks: the text the analyser reads. */
    public String text() {
      StringBuilder b = new StringBuilder();
      for (LabelledSentence s : sentences) {
        b.append(s.text()).append('\n');
      }
      return b.toString();
    }
  }

  /** The corpus folder under the shared directory ({@code appwatch.shared}, else ../../shared). */
  public static Path defaultDir() {
    return Path.of(
        System.getProperty("appwatch.shared", "../../shared"), "corpora", "capp-130-dev");
  }

  /** Every policy of {@code dir}, sorted by file name. */
  public static List<CappPolicy> load(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<CappPolicy> out = new ArrayList<>();
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().matches("rw_\\d+\\.jsonl"))
              .sorted()
              .toList()) {
        out.add(read(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CappPolicy read(Path file) throws IOException {
    List<LabelledSentence> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line = line.replace("\uFEFF", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node = JSON.readTree(line);
      String text = TextNormalizer.block(node.path("text").asText());
      if (text.isEmpty()) {
        continue;
      }
      Set<String> labels = new LinkedHashSet<>();
      node.path("label")
          .forEach(
              l -> {
                if (LABELS.contains(l.asText())) {
                  labels.add(l.asText());
                }
              });
      sentences.add(new LabelledSentence(text, labels));
    }
    return new CappPolicy(file.getFileName().toString(), List.copyOf(sentences));
  }
}
