package org.appwatch.localstore.corpus;

/** App categories of the generated stores, with their Chinese and English display names. */
public enum Category {
  TOOLS("工具", "Tools"),
  SOCIAL("社交", "Social"),
  SHOPPING("购物", "Shopping"),
  FINANCE("金融", "Finance"),
  GAME("游戏", "Games"),
  VIDEO("视频", "Video"),
  TRAVEL("出行", "Travel"),
  EDUCATION("教育", "Education"),
  NEWS("新闻资讯", "News"),
  HEALTH("健康", "Health");

  private final String chinese;
  private final String english;

  Category(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The id used in URLs and indexes, e.g. {@code TOOLS}. */
  public String id() {
    return name();
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }
}
