package org.appwatch.localstore.corpus;

/** The three stores the local store serves; every app is listed in one to three of them. */
public enum StoreId {
  FDROID("fdroid"),
  WEB("web"),
  CN("cn");

  private final String id;

  StoreId(String id) {
    this.id = id;
  }

  /** The lower-case id written to ground truth. */
  public String id() {
    return id;
  }
}
