package org.appwatch.scoring.apk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes an {@link ApkReport} as JSON, for {@code appwatch inspect apk} and datasets. */
public final class ApkReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter PRETTY = JSON.writer(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectWriter ONE_LINE = JSON.writer();

  private ApkReportJson() {}

  /**
   * @param oneLine true for JSON Lines (no line breaks inside), false for indented output
   * @return the JSON text, without a trailing newline
   */
  public static String write(ApkReport report, boolean oneLine) {
    try {
      return (oneLine ? ONE_LINE : PRETTY).writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ApkReport is always serialisable", e);
    }
  }
}
