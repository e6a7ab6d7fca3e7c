package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appwatch.localstore.apk.ApkWriter;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  @TempDir Path dir;

  private String runCapturing(int expectedExit, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(expectedExit, Main.commandLine().execute(args));
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void apkPrintsOneJsonLinePerFileWithSdksAndErrors() throws Exception {
    Corpus corpus = new Corpus(50, 3, 0);
    AppSpec app =
        corpus
            .aliveIndices()
            .mapToObj(corpus::app)
            .filter(a -> !a.sdks().isEmpty())
            .findFirst()
            .orElseThrow();
    Path apk = dir.resolve(app.apkFileName());
    Files.write(apk, new ApkWriter().write(app.apk()));
    Path notApk = dir.resolve("notes.txt");
    Files.writeString(notApk, "not an apk");

    String out = runCapturing(1, "inspect", "apk", "--jsonl", apk.toString(), notApk.toString());
    List<String> lines = out.lines().toList();
    assertEquals(2, lines.size(), out);

    ObjectMapper json = new ObjectMapper();
    JsonNode good = json.readTree(lines.get(0));
    assertEquals(app.packageName(), good.at("/manifest/packageName").asText(), lines.get(0));
    assertTrue(good.get("complete").asBoolean());
    assertTrue(good.get("sdks").size() >= 1, "the embedded SDKs are reported");

    JsonNode bad = json.readTree(lines.get(1));
    assertEquals(false, bad.get("complete").asBoolean());
    assertTrue(bad.get("errors").size() >= 1);
  }
}
