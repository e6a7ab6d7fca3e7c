package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads concrete contact channels (M6.5) from complaint-channel detections: e-mail addresses, phone
 * numbers (service numbers 400/800/95xxx, landlines, numbers after 电话/热线/phone), postal addresses
 * (the text after 地址/寄至 up to the end of the clause) and in-app forms or service entries. Each
 * distinct (kind, value) is kept once, at its first sentence.
 */
final class ContactChannelExtractor {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![0-9])((400|800)[- ]?\\d{3}[- ]?\\d{4}|0\\d{2,3}[- ]\\d{7,8}|95\\d{3,4}|1[3-9]\\d{9}"
              + "|\\+?\\d{1,3}[- ]\\d{2,4}[- ]\\d{3,4}[- ]\\d{3,4})(?![0-9])");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(地址|寄至|邮寄至|写信至)\\s*(为)?[:：]?\\s*([^，。；;（(]{4,60}?(号|室|楼|层|大厦|中心|园区|座)[^，。；;（(]{0,12}?)(?=[，。；;（(]|$)");
  private static final Pattern FORM =
      Pattern.compile(
          "意见反馈|在线客服|帮助与反馈|反馈入口|客服中心|投诉入口|举报入口|人工客服|帮助中心|(?i)\\b(contact|feedback|support) form\\b|\\bhelp cent(er|re)\\b");

  private ContactChannelExtractor() {}

  static List<PolicyValues.ContactChannel> extract(List<Detection> detections) {
    List<PolicyValues.ContactChannel> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Detection d : detections) {
      String original = d.text();
      String text = ScriptFold.fold(original);
      String withoutEmails = blankEmails(text);
      collect(out, seen, "email", EMAIL.matcher(text), 0, d, original);
      collect(out, seen, "phone", PHONE.matcher(withoutEmails), 1, d, original);
      collect(out, seen, "address", ADDRESS.matcher(text), 3, d, original);
      collect(out, seen, "form", FORM.matcher(text), 0, d, original);
    }
    return List.copyOf(out);
  }

  /** The text with e-mail addresses blanked, keeping its length so that offsets still hold. */
  private static String blankEmails(String text) {
    StringBuilder b = new StringBuilder(text);
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  private static void collect(
      List<PolicyValues.ContactChannel> out,
      Set<String> seen,
      String kind,
      Matcher m,
      int group,
      Detection d,
      String original) {
    while (m.find()) {
      // Matched in the Simplified fold; the value is cut from the original at the same offsets.
      String value = original.substring(m.start(group), m.end(group)).strip();
      if (seen.add(kind + '\u0000' + value)) {
        out.add(new PolicyValues.ContactChannel(kind, value, d.sentence()));
      }
    }
  }
}
