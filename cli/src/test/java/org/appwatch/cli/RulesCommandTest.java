package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RulesCommandTest {

  @Test
  void printsOneRowForEachOfTheMethodsThirtyOneItems() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.commandLine().execute("rules"));
    } finally {
      System.setOut(original);
    }
    List<String> itemRows =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.matches("M[1-6]\\.[0-9] .*"))
            .toList();
    assertEquals(31, itemRows.size(), out.toString(StandardCharsets.UTF_8));
    assertTrue(itemRows.stream().allMatch(l -> l.contains("AW-")), "every item has a rule");
  }

  @Test
  void aBrokenCatalogueFolderIsAUsageErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path shipped = Path.of("../scoring/src/main/resources/org/appwatch/scoring/rules/catalogue");
    try (var files = Files.list(shipped)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path rule = dir.resolve("AW-042.yaml");
    Files.writeString(rule, Files.readString(rule).replace("id: AW-042", "id: AW-942"));
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("rules", "--catalogue", dir.toString()));
    assertTrue(err.toString().contains("AW-042.yaml"), err.toString());
  }
}
