package org.appwatch.notebooks.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the kernel for one notebook. Jupyter runs it as {@code kernel.json} says, with the path of
 * a connection file (ports and signing key) as the only argument; cells compile and run against
 * this JVM's classpath. The JVM exits when Jupyter shuts the kernel down, which also stops what
 * cells started (Spark, the embedded search node) through their shutdown hooks.
 */
public final class KernelMain {

  private KernelMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: KernelMain CONNECTION_FILE (Jupyter passes it)");
      System.exit(2);
    }
    Path connectionFile = Path.of(args[0]);
    if (!Files.isRegularFile(connectionFile)) {
      System.err.println("not a connection file: " + connectionFile);
      System.exit(2);
    }
    JupyterConnection connection =
        new JupyterConnection(KernelConnectionProperties.parse(Files.readString(connectionFile)));
    JShellKernel kernel =
        new JShellKernel(new CellEvaluator(System.getProperty("java.class.path")));
    kernel.onStartup();
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
    // Cells may leave non-daemon threads (Spark's) behind; the notebook is done with them.
    System.exit(0);
  }
}
