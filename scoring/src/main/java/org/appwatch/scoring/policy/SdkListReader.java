package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SDK / third-party lists policies publish (M2.1), in the two shapes they take: a table
 * whose header row names the columns (SDK名称 | 提供方 | 使用目的 | 收集的个人信息; SDK | Provider | Purpose |
 * Data), and one list item or paragraph per SDK with labelled fields (SDK名称：…；第三方名称：…； 用途：…) or a
 * name followed by labelled clauses (友盟统计：提供方为…，使用目的为…; Umeng, provided by …, is used for …). Text
 * is matched in its Simplified fold; values are cut from the original.
 */
final class SdkListReader {

  private static final Pattern NAME_HEAD =
      Pattern.compile("(?i)^(sdk|第三方|合作方|插件|服务)?\\s*(名称|name)?$|sdk名称|第三方名称|third[- ]party|^name$");
  private static final Pattern VENDOR_HEAD =
      Pattern.compile("(?i)提供方|提供者|开发者|公司|运营方|主体|provider|vendor|company|developer");
  private static final Pattern PURPOSE_HEAD = Pattern.compile("(?i)目的|用途|功能|场景|purpose|use");
  private static final Pattern DATA_HEAD =
      Pattern.compile("(?i)信息|资料|资讯|数据|字段|类型|data|information");
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(sdk名称|第三方名称|提供方|使用目的|用途|收集信息类型|收集的个人信息|个人信息类型|sdk|provider|purpose|data collected)\\s*[:：]\\s*([^；;。|]+)");
  private static final Pattern NAMED_CLAUSES =
      Pattern.compile(
          "^(?<name>[^：:,，]{2,40})(?:[:：]\\s*提供方为|,\\s*provided by\\s)(?<vendor>[^，,]+)[，,]\\s*"
              + "(?:使用目的为|is used for\\s)(?<purpose>[^，,]+?)(?:[，,]\\s*(?:涉及|收集|处理|获取)的?(?:个人)?(?:信息|资料|资讯|数据)(?:包括|类型为?|为)|\\s+and receives\\s)"
              + "(?<data>[^。]+?)[。.]?$");

  private static final Pattern CELL_LABEL = Pattern.compile("^[^：:]{1,8}[：:]\\s*");

  private SdkListReader() {}

  static List<PolicyValues.ThirdParty> read(List<Sentence> sentences) {
    List<PolicyValues.ThirdParty> out = new ArrayList<>();
    int[] columns = null;
    for (Sentence s : blocks(sentences)) {
      String folded = ScriptFold.fold(s.text());
      if (s.kind() == Block.Kind.TABLE_ROW) {
        String[] cells = folded.split("\\s*\\|\\s*", -1);
        int[] header = header(cells);
        if (header != null) {
          columns = header;
          continue;
        }
        if (columns != null && cells.length > columns[0]) {
          String[] original = s.text().split("\\s*\\|\\s*", -1);
          out.add(party(original, columns, s.index()));
        }
        continue;
      }
      columns = null;
      labelled(s, folded, out);
    }
    return out;
  }

  /**
   * The sentences with those of one block merged: a labelled item ("SDK名称：…；提供方：…；") is split into
   * sentences at its semicolons, and its fields belong together. Sentences of one block are
   * adjacent in the text; blocks are separated by a line break.
   */
  private static List<Sentence> blocks(List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end() == s.start() && last.kind() == s.kind()) {
        out.set(
            out.size() - 1,
            new Sentence(
                last.index(),
                last.start(),
                s.end(),
                last.text() + s.text(),
                last.section(),
                last.heading(),
                last.kind()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Column indices {name, vendor, purpose, data} (-1 when absent), or null for a non-header. */
  private static int[] header(String[] cells) {
    int[] c = {-1, -1, -1, -1};
    for (int i = 0; i < cells.length; i++) {
      String h = cells[i].strip();
      if (h.length() > 40) {
        return null;
      }
      if (c[0] < 0 && NAME_HEAD.matcher(h).find() && !h.isEmpty()) {
        c[0] = i;
      } else if (c[1] < 0 && VENDOR_HEAD.matcher(h).find()) {
        c[1] = i;
      } else if (c[2] < 0 && PURPOSE_HEAD.matcher(h).find()) {
        c[2] = i;
      } else if (c[3] < 0 && DATA_HEAD.matcher(h).find()) {
        c[3] = i;
      }
    }
    return c[0] >= 0 && (c[1] >= 0 || c[2] >= 0) ? c : null;
  }

  private static PolicyValues.ThirdParty party(String[] cells, int[] c, int sentence) {
    String name = cell(cells, c[0]);
    return new PolicyValues.ThirdParty(
        name,
        SdkNames.key(name),
        cell(cells, c[1]),
        cell(cells, c[2]),
        cell(cells, c[3]),
        sentence);
  }

  private static String cell(String[] cells, int i) {
    // A cell may repeat its column's label ("提供方：高德软件有限公司"); the value follows it.
    return i >= 0 && i < cells.length ? CELL_LABEL.matcher(cells[i].strip()).replaceFirst("") : "";
  }

  private static void labelled(Sentence s, String folded, List<PolicyValues.ThirdParty> out) {
    // An SDK entry names the SDK or its provider; most sentences can be passed over unread.
    String lower = CueAnchors.lower(folded);
    if (!lower.contains("sdk")
        && !lower.contains("提供方")
        && !lower.contains("provided by")
        && !lower.contains("provider")) {
      return;
    }
    Matcher named = NAMED_CLAUSES.matcher(folded.strip());
    String text = s.text().strip();
    if (named.matches()) {
      String name = text.substring(named.start("name"), named.end("name")).strip();
      out.add(
          new PolicyValues.ThirdParty(
              name,
              SdkNames.key(name),
              text.substring(named.start("vendor"), named.end("vendor")).strip(),
              text.substring(named.start("purpose"), named.end("purpose")).strip(),
              text.substring(named.start("data"), named.end("data")).strip(),
              s.index()));
      return;
    }
    String[] f = new String[4];
    Matcher m = LABEL.matcher(folded);
    while (m.find()) {
      String label = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String value = s.text().substring(m.start(2), m.end(2)).strip();
      int slot =
          label.endsWith("sdk名称") || label.equals("sdk")
              ? 0
              : label.equals("第三方名称") || label.equals("提供方") || label.equals("provider")
                  ? 1
                  : label.contains("目的") || label.equals("用途") || label.equals("purpose") ? 2 : 3;
      if (f[slot] == null) {
        f[slot] = value;
      }
    }
    if (f[0] != null && (f[1] != null || f[2] != null)) {
      out.add(
          new PolicyValues.ThirdParty(
              f[0], SdkNames.key(f[0]), nz(f[1]), nz(f[2]), nz(f[3]), s.index()));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
