package org.appwatch.scoring.apk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pinned catalogue is what the import makes of the pinned upstream lists; diffs are shown. */
class CatalogueImportTest {
  private static final Path SHARED =
      Path.of(System.getProperty("appwatch.shared", "../../shared"), "data");
  private static final Path MODULE = Path.of("").toAbsolutePath();
  @TempDir Path dir;

  @Test
  void pinnedCatalogueIsUpToDateWithTheUpstreamLists() throws Exception {
    String out =
        run(
            "--catalogue",
            MODULE
                .resolve("src/main/resources/org/appwatch/scoring/apk/sdk-catalogue.json")
                .toString());
    assertTrue(out.contains("catalogue unchanged"), out);
  }

  @Test
  void aChangedUpstreamListIsPrintedAndOnlyWrittenOnRequest() throws Exception {
    Path exodus = dir.resolve("exodus.json");
    Files.writeString(
        exodus,
        Files.readString(SHARED.resolve("exodus-trackers.json"))
            .replace(
                "\"code_signature\": \"com.fidzup.\"",
                "\"code_signature\": \"com.fidzup.|com.fidzup2.\""));
    Path catalogue = dir.resolve("catalogue.json");
    Files.copy(
        MODULE.resolve("src/main/resources/org/appwatch/scoring/apk/sdk-catalogue.json"),
        catalogue);
    String before = Files.readString(catalogue);

    String dry = run("--exodus", exodus.toString(), "--catalogue", catalogue.toString());
    assertTrue(dry.contains("~ exodus-2 classPatterns: +com.fidzup2."), dry);
    assertTrue(dry.contains("not written"), dry);
    assertEquals(before, Files.readString(catalogue));

    run("--exodus", exodus.toString(), "--catalogue", catalogue.toString(), "--write");
    assertTrue(Files.readString(catalogue).contains("com.fidzup2."));
  }

  private String run(String... extra) throws Exception {
    String[] base = {
      "--exodus", SHARED.resolve("exodus-trackers.json").toString(),
      "--libchecker", SHARED.resolve("libchecker-rules.tsv").toString(),
      "--supplement", MODULE.resolve("src/catalogue/sdk-supplement.json").toString(),
      "--categories", MODULE.resolve("src/catalogue/sdk-categories.json").toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    // Later options win, so --exodus in extra overrides the default one.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CatalogueImport.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
