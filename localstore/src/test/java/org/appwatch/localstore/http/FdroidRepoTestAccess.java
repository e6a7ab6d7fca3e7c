package org.appwatch.localstore.http;

/** Shares the test digest helper with tests in other packages. */
public final class FdroidRepoTestAccess {

  private FdroidRepoTestAccess() {}

  public static String sha256(byte[] b) throws Exception {
    return FdroidRepoTest.sha256(b);
  }
}
