package org.appwatch.scoring.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates from M2.2 date detections: "2022年6月17日", "2022-06-17", "2022/6/17", "June 17, 2022",
 * "17 June 2022". The kind comes from the label between the previous date and this one
 * (生效/effective -> "effective", 更新/修订/updated/revised -> "updated"), so that "生效时间：… 最近更新：…" gives
 * one of each; else from the whole sentence, else "date". Impossible dates are skipped.
 */
final class DateExtractor {

  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})");
  private static final Pattern ENGLISH =
      Pattern.compile("(?i)\\b([A-Z][a-z]+\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]+ \\d{4})\\b");
  private static final Pattern EFFECTIVE =
      Pattern.compile("(?i)生效|施行|effective|\\b(takes|took|comes|came) (into )?effect");
  // The publication date of the current version is the date it was last changed.
  private static final Pattern UPDATED =
      Pattern.compile("(?i)更新|修订|修改|发布|updated|revised|modified|published");

  private DateExtractor() {}

  static List<PolicyValues.DateValue> extract(List<Detection> detections) {
    List<PolicyValues.DateValue> out = new ArrayList<>();
    for (Detection d : detections) {
      String text = ScriptFold.fold(d.text());
      String sentenceKind = kind(text);
      int labelFrom = 0;
      Matcher m = NUMERIC.matcher(text);
      while (m.find()) {
        try {
          LocalDate date =
              LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)));
          out.add(
              new PolicyValues.DateValue(
                  kind(text.substring(labelFrom, m.start()), sentenceKind),
                  date.toString(),
                  d.sentence()));
        } catch (java.time.DateTimeException e) {
          // Not a date (e.g. a version number "2021.13.40"): skip it.
        }
        labelFrom = m.end();
      }
      Matcher en = ENGLISH.matcher(text);
      labelFrom = 0;
      while (en.find()) {
        String kind = kind(text.substring(labelFrom, en.start()), sentenceKind);
        labelFrom = en.end();
        LocalDate date = parseEnglish(en.group(1).replace(".", "").replace(",", ""));
        if (date != null) {
          out.add(new PolicyValues.DateValue(kind, date.toString(), d.sentence()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static String kind(String label, String fallback) {
    String k = kind(label);
    return k.equals("date") ? fallback : k;
  }

  private static String kind(String text) {
    Matcher e = EFFECTIVE.matcher(text);
    Matcher u = UPDATED.matcher(text);
    boolean hasE = e.find();
    boolean hasU = u.find();
    if (hasE && (!hasU || e.start() < u.start())) {
      return "effective";
    }
    return hasU ? "updated" : "date";
  }

  private static LocalDate parseEnglish(String s) {
    for (String p : List.of("MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy")) {
      try {
        return LocalDate.parse(s, DateTimeFormatter.ofPattern(p, Locale.ENGLISH));
      } catch (java.time.format.DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }
}
