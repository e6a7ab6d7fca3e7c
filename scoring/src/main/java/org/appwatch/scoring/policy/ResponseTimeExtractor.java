package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads promised response times ("十五个工作日内", "within 30 days") from detections. */
final class ResponseTimeExtractor {

  private static final Pattern ZH =
      Pattern.compile("([0-9０-９]+|[〇零一二两三四五六七八九十百]+)\\s*个?\\s*(工作日|自然日|天|日)");
  private static final Pattern EN =
      Pattern.compile(
          "(?i)\\bwithin\\s+(\\d+|[a-z-]+)\\s+(?:\\(\\d+\\)\\s+)?(business |working |calendar )?days\\b");
  private static final Map<String, Integer> WORDS =
      Map.of(
          "one", 1, "two", 2, "three", 3, "five", 5, "seven", 7, "ten", 10, "fifteen", 15, "twenty",
          20, "thirty", 30, "sixty", 60);
  private static final int MAX_CALENDAR_DAYS = 21;

  private ResponseTimeExtractor() {}

  static List<PolicyValues.ResponseTime> extract(List<Detection> detections) {
    List<PolicyValues.ResponseTime> out = new ArrayList<>();
    for (Detection d : detections) {
      String text = ScriptFold.fold(d.text());
      Matcher zh = ZH.matcher(text);
      while (zh.find()) {
        add(out, ChineseNumerals.parse(zh.group(1)), zh.group(2).equals("工作日"), d);
      }
      Matcher en = EN.matcher(text);
      while (en.find()) {
        String n = en.group(1).toLowerCase(Locale.ROOT);
        int days =
            Character.isDigit(n.charAt(0)) ? ChineseNumerals.parse(n) : WORDS.getOrDefault(n, -1);
        String kind = en.group(2) == null ? "" : en.group(2).strip();
        add(out, days, kind.equals("business") || kind.equals("working"), d);
      }
    }
    return List.copyOf(out);
  }

  private static void add(
      List<PolicyValues.ResponseTime> out, int days, boolean working, Detection d) {
    if (days <= 0) {
      return;
    }
    boolean exceeds = working ? days > PolicyValues.MAX_WORKING_DAYS : days > MAX_CALENDAR_DAYS;
    out.add(
        new PolicyValues.ResponseTime(
            days, working ? "working-days" : "days", exceeds, d.sentence()));
  }
}
