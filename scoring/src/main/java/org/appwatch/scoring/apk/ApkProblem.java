package org.appwatch.scoring.apk;

/** Thrown inside the analyser to end a step with a specific {@link ApkErrorCode}. */
final class ApkProblem extends Exception {
  private final ApkErrorCode code;

  ApkProblem(ApkErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  ApkErrorCode code() {
    return code;
  }

  ApkError toError() {
    return new ApkError(code, getMessage());
  }
}
