package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appwatch.publish.data.SampleCrawls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandsTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      var cli = Main.commandLine();
      cli.setErr(new java.io.PrintWriter(System.err, true));
      int exit = cli.execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void withNoDatasetsBothCommandsSayToRunFirst(@TempDir Path work) {
    for (String command : new String[] {"spot-checks", "publish"}) {
      Run r = run(command, "--work-dir", work.toString());
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("run `appwatch run` first"), r.err());
    }
  }

  @Test
  void spotChecksWritesTheFormatsAskedForAndNamesKnownStores(@TempDir Path work) throws Exception {
    SampleCrawls.write(work);
    Run ok =
        run(
            "spot-checks",
            "--work-dir",
            work.toString(),
            "--top",
            "2",
            "--store",
            "web",
            "--format",
            "csv,html");
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(Files.exists(work.resolve("reports/spot-checks/spot-checks.csv")));
    assertTrue(Files.exists(work.resolve("reports/spot-checks/spot-checks.html")));
    assertTrue(!Files.exists(work.resolve("reports/spot-checks/spot-checks.xlsx")));
    Run store = run("spot-checks", "--work-dir", work.toString(), "--store", "appstore");
    assertEquals(2, store.exit());
    assertTrue(store.err().contains("known stores: cnapi, empty, fdroid, web"), store.err());
    Run top = run("spot-checks", "--work-dir", work.toString(), "--top", "0");
    assertEquals(2, top.exit());
    assertTrue(top.err().contains("--top must be at least 1"), top.err());
  }

  @Test
  void publishStatesWhatTheShippedCatalogueCannotDecide(@TempDir Path work) throws Exception {
    SampleCrawls.write(work);
    Run r = run("publish", "--work-dir", work.toString());
    assertEquals(0, r.exit(), r.err());
    Document index = Jsoup.parse(Files.readString(work.resolve("site/index.html")));
    var undecidable = index.select("#undecidable li").eachText();
    assertTrue(undecidable.stream().anyMatch(t -> t.startsWith("M5.2 ")), undecidable.toString());
    assertTrue(undecidable.stream().noneMatch(t -> t.startsWith("M1.1 ")), undecidable.toString());
    assertEquals(31, index.select("#table-accuracy tbody tr").size());
  }
}
