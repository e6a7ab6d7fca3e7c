package org.appwatch.search.query;

/** The fields of the apps index that search filters on and counts (facets). */
public enum AppFacet {
  STORE("store"),
  CATEGORY("category"),
  DEVELOPER("developer"),
  SDK("sdks"),
  PERMISSION("permissions"),
  ITEM("items"),
  VERDICT("verdicts");

  private final String field;

  AppFacet(String field) {
    this.field = field;
  }

  /** The keyword field in the apps mapping. */
  public String field() {
    return field;
  }
}
