package org.appwatch.notebooks.kernel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * A Jupyter kernel for Java: DFLib JJava's protocol implementation ({@link BaseKernel}: messages,
 * output streams, execution counts) over a {@link CellEvaluator}. A cell's printed output streams
 * to the notebook; the value of its last expression becomes the cell's result; a cell that does not
 * compile or throws becomes an error output, which stops a headless run ({@code nbconvert
 * --execute}). Completion and documentation come from JShell's source analysis.
 */
public final class JShellKernel extends BaseKernel {

  private static final String NO_STYLE = "";

  private final CellEvaluator evaluator;

  public JShellKernel(CellEvaluator evaluator) {
    super(
        "appwatch-java",
        JShellKernel.class.getPackage().getImplementationVersion(),
        new LanguageInfo.Builder("java")
            .version(Runtime.version().toString())
            .mimetype("text/x-java-source")
            .fileExtension(".jshell")
            .pygments("java")
            .codemirror("java")
            .build(),
        List.of(new HelpLink("appwatch notebooks", "notebooks/README.md")),
        null,
        new JupyterIO(StandardCharsets.UTF_8),
        new CommManager(),
        new Renderer(),
        null,
        null,
        false,
        new StringStyler(NO_STYLE, NO_STYLE, NO_STYLE, line -> ""));
    this.evaluator = evaluator;
  }

  @Override
  public Object evalRaw(String source) {
    return evaluator.eval(source);
  }

  @Override
  public DisplayData eval(String source) {
    String value = evaluator.eval(source);
    return value == null ? null : new DisplayData(value);
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    List<SourceCodeAnalysis.Documentation> docs =
        evaluator.shell().sourceCodeAnalysis().documentation(code, at, extraDetail);
    if (docs.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (SourceCodeAnalysis.Documentation doc : docs) {
      text.append(doc.signature()).append('\n');
      if (doc.javadoc() != null) {
        text.append(doc.javadoc()).append('\n');
      }
    }
    return new DisplayData(text.toString());
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    int[] anchor = new int[1];
    List<String> options = new ArrayList<>();
    for (SourceCodeAnalysis.Suggestion s :
        evaluator.shell().sourceCodeAnalysis().completionSuggestions(code, at, anchor)) {
      if (!options.contains(s.continuation())) {
        options.add(s.continuation());
      }
    }
    return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
  }

  @Override
  public String isComplete(String code) {
    return switch (evaluator.completeness(code)) {
      case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
      case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    "; // the next line's indent
      case UNKNOWN -> IS_COMPLETE_BAD;
    };
  }

  @Override
  public void interrupt() {
    evaluator.stop();
  }

  /** A cell's own error is shown as the compiler or the cell's code reported it, not as ours. */
  @Override
  public List<String> formatError(Throwable e) {
    List<String> lines = new ArrayList<>(List.of(String.valueOf(e.getMessage()).split("\n")));
    if (e instanceof CellException && e.getCause() != null) {
      StringWriter trace = new StringWriter();
      e.getCause().printStackTrace(new PrintWriter(trace));
      lines.addAll(List.of(trace.toString().split("\n")));
    } else if (!(e instanceof CellException)) {
      return super.formatError(e);
    }
    return lines;
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    super.onShutdown(isRestarting);
    evaluator.close();
  }
}
