package org.appwatch.notebooks.kernel;

/**
 * A cell that did not compile, was incomplete, or threw. The message is what the notebook shows:
 * the compiler's errors with the offending line, or the exception the cell's code threw (its
 * cause).
 */
public final class CellException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CellException(String message) {
    super(message);
  }

  CellException(String message, Throwable cause) {
    super(message, cause);
  }
}
