package org.appwatch.publish.data;

import java.util.List;

/**
 * A Method item as the rule catalogue covers it, given to the publisher by its caller (the
 * catalogue lives in the scoring module; the publisher depends on the datasets only).
 *
 * @param kinds the kinds of the rules citing it: {@code automated}, {@code static-hint}, {@code
 *     manual}
 */
public record MethodItem(String id, String zh, String en, List<String> kinds) {

  public MethodItem {
    kinds = List.copyOf(kinds);
  }

  /** True when no automated rule decides it: only an inspector (or a device) can. */
  public boolean staticAnalysisCannotDecide() {
    return !kinds.contains("automated");
  }

  /** "manual" when only manual rules cite it, else "static hint + manual check" etc. */
  public String howDecided() {
    return String.join(" + ", kinds);
  }
}
