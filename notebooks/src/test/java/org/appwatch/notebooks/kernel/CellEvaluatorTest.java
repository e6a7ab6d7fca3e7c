package org.appwatch.notebooks.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cells run through JShell in this JVM, against this JVM's classpath. */
class CellEvaluatorTest {

  private static CellEvaluator cells;

  @BeforeAll
  static void start() {
    cells = new CellEvaluator(System.getProperty("java.class.path"));
  }

  @AfterAll
  static void stop() {
    cells.close();
  }

  @Test
  void aCellRunsItsSnippetsInOrderAndShowsTheLastValue() {
    assertEquals(
        "42",
        cells.eval(
            "import java.util.*;\nint a = 40;\nList<Integer> xs = List.of(a, 2);\n"
                + "xs.stream().mapToInt(Integer::intValue).sum()"));
    // Variables and imports carry over to the next cell.
    assertEquals("[40, 2]", cells.eval("xs"));
    assertNull(cells.eval("int b = a + 1;"), "a declaration alone shows nothing");
    assertNull(cells.eval("System.out.println(b);"), "nor does a void call");
  }

  @Test
  void cellsUseTheClassesOnTheKernelsClasspath() {
    assertEquals(
        "\"appwatch-apps\"",
        cells.eval("import org.appwatch.search.index.SearchIndex;\nSearchIndex.APPS.alias()"));
  }

  @Test
  void aCompileErrorNamesTheProblemAndTheLine() {
    CellException e =
        assertThrows(CellException.class, () -> cells.eval("int ok = 1;\nString s = 1 + ;"));
    assertTrue(e.getMessage().startsWith("error: "), e.getMessage());
    assertTrue(e.getMessage().contains("String s = 1 + ;"), e.getMessage());
    // Snippets before the error ran.
    assertEquals("1", cells.eval("ok"));
  }

  @Test
  void anUnknownNameIsAnErrorNotADeferredDeclaration() {
    CellException e =
        assertThrows(CellException.class, () -> cells.eval("var x = noSuchThing.size();"));
    assertTrue(e.getMessage().contains("noSuchThing"), e.getMessage());
  }

  @Test
  void anExceptionThrownByTheCellIsItsCause() {
    CellException e =
        assertThrows(CellException.class, () -> cells.eval("java.util.List.of(1).get(3)"));
    assertInstanceOf(jdk.jshell.EvalException.class, e.getCause());
    assertTrue(e.getMessage().contains("IndexOutOfBoundsException"), e.getMessage());
  }

  @Test
  void incompleteCodeIsReportedAsSuch() {
    assertEquals(Completeness.DEFINITELY_INCOMPLETE, cells.completeness("for (int i = 0;"));
    CellException e = assertThrows(CellException.class, () -> cells.eval("if (true) {"));
    assertTrue(e.getMessage().startsWith("incomplete code"), e.getMessage());
  }
}
