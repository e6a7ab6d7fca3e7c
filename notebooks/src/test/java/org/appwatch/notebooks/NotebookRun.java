package org.appwatch.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Executes a notebook headless as a researcher's Jupyter would ({@code jupyter nbconvert
 * --execute}) with the appwatch kernel, and reads the executed notebook back.
 *
 * <p>The kernel spec is offered through a private {@code JUPYTER_PATH} directory, so running the
 * test installs nothing in the user's Jupyter.
 */
final class NotebookRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One executed code cell: its source, the text it printed, its result, its errors. */
  record Cell(String source, String stdout, String result, List<String> errors) {}

  private NotebookRun() {}

  /** Whether {@code jupyter nbconvert} can be run here. */
  static boolean jupyterAvailable() {
    try {
      Process p =
          new ProcessBuilder("jupyter", "nbconvert", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Executes {@code notebook} into {@code outDir} with the kernel spec in {@code kernelDir} and
   * {@code env} added to the kernel's environment.
   *
   * @return the executed code cells in order
   * @throws AssertionError if nbconvert failed (a cell error stops it), with its output
   */
  static List<Cell> execute(
      Path notebook, Path kernelDir, Path outDir, Map<String, String> env, Duration timeout)
      throws IOException, InterruptedException {
    Path jupyterPath = outDir.resolve("jupyter");
    Path spec = jupyterPath.resolve("kernels/appwatch-java");
    Files.createDirectories(spec);
    Files.copy(
        kernelDir.resolve("kernel.json"),
        spec.resolve("kernel.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String name = notebook.getFileName().toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                "jupyter",
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                "--ExecutePreprocessor.timeout=" + timeout.toSeconds(),
                "--ExecutePreprocessor.kernel_name=appwatch-java",
                "--output-dir",
                outDir.toString(),
                "--output",
                name,
                notebook.toString())
            .redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("JUPYTER_PATH", jupyterPath.toString());
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(timeout.toSeconds() * 4, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("nbconvert did not finish: " + log);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("nbconvert failed on " + name + ":\n" + log);
    }
    return cells(JSON.readTree(outDir.resolve(name).toFile()));
  }

  private static List<Cell> cells(JsonNode notebook) {
    List<Cell> cells = new ArrayList<>();
    for (JsonNode cell : notebook.get("cells")) {
      if (!cell.get("cell_type").asText().equals("code")) {
        continue;
      }
      StringBuilder stdout = new StringBuilder();
      String result = null;
      List<String> errors = new ArrayList<>();
      for (JsonNode out : cell.get("outputs")) {
        switch (out.get("output_type").asText()) {
          case "stream" -> {
            if (out.get("name").asText().equals("stdout")) {
              stdout.append(text(out.get("text")));
            }
          }
          case "execute_result" -> result = text(out.get("data").get("text/plain"));
          case "error" -> errors.add(out.get("ename").asText() + ": " + out.get("evalue").asText());
          default -> {}
        }
      }
      cells.add(new Cell(text(cell.get("source")), stdout.toString(), result, errors));
    }
    return cells;
  }

  /** nbformat stores multi-line text as a string or as a list of lines. */
  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      StringBuilder s = new StringBuilder();
      node.forEach(line -> s.append(line.asText()));
      return s.toString();
    }
    return node.asText();
  }
}
