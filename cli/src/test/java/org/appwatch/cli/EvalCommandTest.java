package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {

  @Test
  void aCorpusOfNoAppsIsAUsageErrorBeforeAnyWork() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(Main.USAGE, cl.execute("eval", "verdicts", "--apps", "0"));
    assertTrue(err.toString().contains("apps"), err.toString());
  }
}
