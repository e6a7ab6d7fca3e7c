package org.appwatch.scoring.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a {@link PolicyAnalysis} as JSON: pretty for a person, one line for JSON Lines. */
public final class PolicyAnalysisJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private PolicyAnalysisJson() {}

  /** The analysis as JSON; with {@code oneLine} no line breaks at all (JSON Lines). */
  public static String write(PolicyAnalysis analysis, boolean oneLine) {
    try {
      return oneLine
          ? MAPPER.writeValueAsString(analysis)
          : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a PolicyAnalysis is always serialisable", e);
    }
  }

  /** Reads back what {@link #write} wrote. */
  public static PolicyAnalysis read(String json) {
    try {
      return MAPPER.readValue(json, PolicyAnalysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a policy analysis: " + e.getOriginalMessage(), e);
    }
  }
}
