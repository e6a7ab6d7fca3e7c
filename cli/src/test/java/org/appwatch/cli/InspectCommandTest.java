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
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.localstore.apk.ApkWriter;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.PolicyLink;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.localstore.policy.PolicyWriter;
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

  @Test
  void policyReadsFilesAndUrlsAndReportsWhatEachStates() throws Exception {
    try (LocalStore store = LocalStore.start(new StoreConfig(80, 5, 0, 0, Behaviour.none()))) {
      Corpus corpus = store.corpus();
      AppSpec withCancellation =
          corpus
              .aliveIndices()
              .mapToObj(corpus::app)
              .filter(a -> a.policy().form() == PolicyForm.HTML)
              .filter(a -> a.policyLink() == PolicyLink.PRESENT)
              .filter(a -> a.policy().clauses().contains(Clause.ACCOUNT_CANCELLATION))
              .findFirst()
              .orElseThrow();
      Path file = dir.resolve("policy.html");
      Files.writeString(file, new PolicyWriter().html(withCancellation.policy()));
      String url = store.sites().resolve(withCancellation.policyPath()).toString();

      String out =
          runCapturing(
              0,
              "inspect",
              "policy",
              "--jsonl",
              "--allow-network",
              "127.0.0.0/8",
              file.toString(),
              url);
      List<String> lines = out.lines().toList();
      assertEquals(2, lines.size(), out);
      ObjectMapper json = new ObjectMapper();
      for (String line : lines) {
        JsonNode analysis = json.readTree(line);
        assertEquals("OK", analysis.get("status").asText(), line);
        assertTrue(
            analysis.at("/items/M6.1").size() >= 1, "account cancellation is found: " + line);
      }
      assertEquals(
          json.readTree(lines.get(0)).get("sha256"),
          json.readTree(lines.get(1)).get("sha256"),
          "the file and the page served are the same policy text");
    }
  }

  @Test
  void policyGivesASpecificStatusForAPageWithoutPolicyText() throws Exception {
    Path login = dir.resolve("login.html");
    Files.writeString(
        login,
        "<html><body><form><input name=user><input type=password name=pw>"
            + "<button>登录</button></form><p>请登录后查看</p></body></html>");
    String out = runCapturing(1, "inspect", "policy", "--jsonl", login.toString());
    JsonNode analysis = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
    assertEquals("LOGIN_WALL", analysis.get("status").asText(), out);
  }
}
