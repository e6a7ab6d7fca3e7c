package org.appwatch.scoring.assess;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * Derives {@link HistoryFacts} from two crawls of the same app. Pure: a Spark job calls it per app
 * with the previous crawl's row. The comparison needs both APKs; without one of them (or without a
 * previous crawl) there is no history and the history rules answer {@code unknown}, since "nothing
 * added" cannot be told from "nothing seen".
 *
 * <p>Policy text changed: both texts were read and their normalised SHA-256 differ, or the policy
 * became readable or stopped being readable. Policy date changed: the policy now shows a date it
 * did not show before. Kinds are ignored: the same two dates labelled effective/updated in one
 * layout and both effective in another are the same dates (the analyser's labels depend on the line
 * layout); and a date that vanished tells a returning user nothing new.
 */
public final class HistoryDiff {

  private HistoryDiff() {}

  /** The changes from {@code previous} to {@code current}, or null when they cannot be told. */
  public static HistoryFacts between(AppInputs previous, AppInputs current) {
    if (previous == null || previous.apk() == null || current.apk() == null) {
      return null;
    }
    Set<String> before = new HashSet<>();
    previous.apk().permissions().forEach(p -> before.add(p.name()));
    List<ApkFacts.PermissionFact> added =
        current.apk().permissions().stream().filter(p -> !before.contains(p.name())).toList();
    Set<String> sdksBefore = new HashSet<>();
    previous.apk().sdks().forEach(s -> sdksBefore.add(s.id()));
    List<String> sdksAdded =
        current.apk().sdks().stream()
            .map(ApkFacts.SdkFact::id)
            .filter(id -> !sdksBefore.contains(id))
            .toList();
    boolean textChanged = textChanged(previous.policy(), current.policy());
    Set<String> datesBefore = dates(previous.policy());
    boolean dateChanged = !datesBefore.containsAll(dates(current.policy()));
    String shown =
        added.size()
            + " permissions added, "
            + sdksAdded.size()
            + " SDKs added, policy text "
            + (textChanged ? "changed" : "unchanged")
            + ", date "
            + (dateChanged ? "changed" : "unchanged")
            + " since "
            + previous.crawlId();
    Provenance p = new Provenance("history", shown, null, null, null, current.crawlId());
    return new HistoryFacts(previous.crawlId(), added, sdksAdded, textChanged, dateChanged, p);
  }

  private static boolean textChanged(PolicyFacts before, PolicyFacts now) {
    boolean readBefore = read(before);
    boolean readNow = read(now);
    if (readBefore != readNow) {
      return true;
    }
    return readNow && !Objects.equals(before.sha256(), now.sha256());
  }

  private static boolean read(PolicyFacts p) {
    return p != null && p.status() == PolicyFacts.Status.OK;
  }

  private static Set<String> dates(PolicyFacts p) {
    Set<String> d = new HashSet<>();
    if (read(p)) {
      p.dates().forEach(v -> d.add(v.date()));
    }
    return d;
  }
}
