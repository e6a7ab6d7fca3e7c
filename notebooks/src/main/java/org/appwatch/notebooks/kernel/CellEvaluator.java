package org.appwatch.notebooks.kernel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

/**
 * Runs notebook cells as JShell snippets in this JVM, so that cells use the classes on its
 * classpath (appwatch, Spark, the search client) and share their variables from cell to cell.
 *
 * <p>A cell may hold several statements and declarations; they run in order, and the cell stops at
 * the first that does not compile or throws ({@link CellException}). As in JShell, an import added
 * after variables that it could affect resets them to null (a warning on {@code System.err} names
 * them), so notebooks declare their imports first. Code runs in this JVM ("local" execution): what
 * a cell prints goes to {@code System.out}, and objects such as a Spark session live as long as the
 * evaluator. Not thread-safe: one cell at a time.
 */
public final class CellEvaluator implements AutoCloseable {

  private final JShell shell;

  /**
   * An evaluator whose cells compile and run against {@code classpath} (entries separated by the
   * platform's path separator); normally this JVM's own {@code java.class.path}.
   */
  public CellEvaluator(String classpath) {
    this.shell = JShell.builder().executionEngine("local").build();
    if (!classpath.isBlank()) {
      shell.addToClasspath(classpath);
    }
  }

  /**
   * Runs a cell.
   *
   * @return the value of the cell's last snippet, as JShell prints it ({@code "text"} in quotes),
   *     when that snippet is an expression with a value; otherwise null
   * @throws CellException when a snippet does not compile, is incomplete, or throws; the snippets
   *     before it have run
   */
  public String eval(String cell) {
    String remaining = cell;
    String value = null;
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    while (!remaining.isBlank()) {
      CompletionInfo info = analysis.analyzeCompletion(remaining);
      switch (info.completeness()) {
        case EMPTY:
          return value;
        case DEFINITELY_INCOMPLETE:
        case CONSIDERED_INCOMPLETE:
          throw new CellException("incomplete code at the end of the cell:\n" + remaining.strip());
        case UNKNOWN:
          // Not parseable as one snippet: compiling the rest reports why.
          value = run(remaining);
          return value;
        default:
          value = run(info.source());
          remaining = info.remaining();
      }
    }
    return value;
  }

  private String run(String source) {
    String value = null;
    for (SnippetEvent event : shell.eval(source)) {
      if (event.causeSnippet() != null) {
        warnIfReset(event);
        continue; // a dependent snippet updated, not the one evaluated
      }
      Snippet snippet = event.snippet();
      if (event.status() == Snippet.Status.REJECTED) {
        throw new CellException(compileErrors(snippet));
      }
      if (event.exception() != null) {
        throw new CellException(
            "exception in: " + firstLine(source) + "\n" + describe(event.exception()),
            event.exception());
      }
      if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
          || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        throw new CellException(
            "cannot resolve "
                + shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).toList()
                + " in: "
                + firstLine(source));
      }
      value = hasValue(snippet) ? event.value() : null;
    }
    return value;
  }

  /**
   * JShell recompiles a variable's declaration when a later import might change what its names
   * mean, and the variable starts again from null: say so, or the next cell fails mysteriously.
   */
  private static void warnIfReset(SnippetEvent event) {
    if (event.snippet() instanceof VarSnippet var
        && event.previousStatus() == Snippet.Status.VALID
        && event.status() == Snippet.Status.VALID) {
      System.err.println(
          "warning: variable "
              + var.name()
              + " was reset to null because an import changed what its declaration may mean;"
              + " put imports before the variables (e.g. all in the first cell)");
    }
  }

  /** JShell wraps what a cell threw; its message alone would hide which exception it was. */
  private static String describe(Exception e) {
    if (e instanceof EvalException thrown) {
      return thrown.getExceptionClassName()
          + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
    }
    return e.toString();
  }

  private static boolean hasValue(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.EXPRESSION
        || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
  }

  private String compileErrors(Snippet snippet) {
    List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).toList();
    String source = snippet.source();
    return errors.stream()
            .map(d -> "error: " + d.getMessage(Locale.ROOT) + "\n    " + lineAt(source, d))
            .collect(Collectors.joining("\n"))
        + (errors.isEmpty() ? "does not compile: " + firstLine(source) : "");
  }

  private static String lineAt(String source, Diag diag) {
    int at = (int) Math.max(0, Math.min(diag.getPosition(), source.length()));
    int start = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int end = source.indexOf('\n', at);
    return source.substring(start, end < 0 ? source.length() : end).strip();
  }

  private static String firstLine(String source) {
    String s = source.strip();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl) + " …";
  }

  /** JShell's completion analysis of a whole cell, for the front end's "is it complete?". */
  public SourceCodeAnalysis.Completeness completeness(String cell) {
    return shell.sourceCodeAnalysis().analyzeCompletion(cell).completeness();
  }

  /** The JShell behind this evaluator, for completion and documentation lookups. */
  JShell shell() {
    return shell;
  }

  /** Stops the cell running now, if any (it ends with a {@link CellException}). */
  public void stop() {
    shell.stop();
  }

  @Override
  public void close() {
    shell.close();
  }
}
