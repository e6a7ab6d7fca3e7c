package org.appwatch.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.appwatch.crawler.fetch.FetchSettings;
import org.appwatch.model.Settings;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalysisJson;
import org.appwatch.scoring.policy.PolicyAnalyzer;
import org.appwatch.scoring.policy.PolicyStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appwatch inspect policy}. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = {
      "Prints what each privacy policy states, per Method item, as JSON, with the evidence",
      "sentences, their section headings and character offsets. A SOURCE is a file (HTML or",
      "text, any common Chinese encoding) or an http(s) URL.",
      "Exit code 1 when any policy could not be analysed (its status says why)."
    })
final class InspectPolicyCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Policy files or URLs.")
  List<String> sources;

  @Option(
      names = "--jsonl",
      description = "One line per policy (JSON Lines) instead of indented JSON.")
  boolean jsonl;

  @Option(
      names = "--allow-network",
      paramLabel = "CIDR",
      description = "Allow fetching from this private or loopback range (e.g. 127.0.0.0/8).")
  List<String> allowNetworks = List.of();

  @Override
  public Integer call() throws IOException {
    boolean allAnalysed = true;
    for (String source : sources) {
      PolicyAnalysis analysis = PolicyAnalyzer.analyzeBytes(read(source), source);
      System.out.println(PolicyAnalysisJson.write(analysis, jsonl));
      allAnalysed &= analysis.status() == PolicyStatus.OK;
    }
    return allAnalysed ? 0 : Main.FAILED;
  }

  private byte[] read(String source) throws IOException {
    if (!source.startsWith("http://") && !source.startsWith("https://")) {
      Path file = Path.of(source);
      if (!Files.isRegularFile(file)) {
        throw new IOException("no such file: " + source);
      }
      return Files.readAllBytes(file);
    }
    Settings settings = Settings.defaults();
    FetchSettings fetch = FetchSettings.from(settings).allowing(allowNetworks);
    return new PolicyDownload(
            fetch,
            settings.getBytes("crawl.max-bytes.policy"),
            settings.getInt("crawl.max-redirects"))
        .fetch(URI.create(source));
  }
}
