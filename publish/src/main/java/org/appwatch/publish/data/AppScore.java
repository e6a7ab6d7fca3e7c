package org.appwatch.publish.data;

import java.time.LocalDate;
import java.util.List;
import org.appwatch.model.AppKey;

/**
 * One row of {@code scores/v1}: an app's risk in one crawl, with the listing facts a published
 * table needs. Strings from the listing ({@code title}, {@code developer}, {@code category}) are
 * the store's text, untrusted, and may be null; the counts are never null.
 *
 * @param installsMin lower bound of the store's installs figure, or null when unknown
 * @param items the per-item roll-up (worst verdict per Method item)
 */
public record AppScore(
    String crawlId,
    String store,
    String packageName,
    String title,
    String developer,
    String category,
    Long installsMin,
    String apkSha256,
    String policySha256,
    double riskScore,
    int priority,
    String explanation,
    int violations,
    int likely,
    int unknown,
    int manualChecks,
    int passes,
    List<ItemRoll> items,
    boolean changedSincePrevious,
    String catalogueVersion,
    LocalDate crawlDate) {

  public AppScore {
    items = List.copyOf(items);
  }

  /** One Method item's rolled-up verdict and the rules behind it. */
  public record ItemRoll(String item, String verdict, List<String> ruleIds) {
    public ItemRoll {
      ruleIds = List.copyOf(ruleIds);
    }
  }

  /** The app as a key across crawls. */
  public AppKey key() {
    return new AppKey(store, packageName);
  }

  /** The title, or the package name when the listing had none. */
  public String displayName() {
    return title == null || title.isBlank() ? packageName : title;
  }

  /** The category, or {@code "(none)"} when the listing had none. */
  public String categoryOrNone() {
    return category == null || category.isBlank() ? "(none)" : category;
  }
}
