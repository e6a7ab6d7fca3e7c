package org.appwatch.scoring.rules.predicate;

import java.util.Set;

/**
 * A named test over an app's facts, usable in rule conditions as {@code name: parameters}. One
 * small class per predicate, registered in {@link PredicateRegistry}. Implementations are stateless
 * and thread-safe.
 */
public interface Predicate {

  /** The name rules use, {@code <evidence kind>.<what>} ({@code apk.target_sdk_below}). */
  String name();

  /** One sentence for the catalogue page, including the parameter form. */
  String description();

  /** The wording placeholders a true outcome fills ({@code {undisclosed_sdks}}). */
  Set<String> placeholders();

  /**
   * Binds the parameters.
   *
   * @throws IllegalArgumentException when the parameters are malformed
   */
  Condition bind(Params params);
}
