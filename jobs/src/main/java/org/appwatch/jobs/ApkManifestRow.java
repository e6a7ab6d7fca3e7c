package org.appwatch.jobs;

import java.io.Serializable;
import java.util.List;

/**
 * One row of the {@code apk-manifest/v1} dataset (docs/datasets.md). A bean because Spark's
 * encoders need one; {@code error} is set, and the manifest fields are null, when the APK could not
 * be read.
 */
public class ApkManifestRow implements Serializable {
  private String crawlId;
  private String store;
  private String packageName;
  private String apkSha256;
  private Long versionCode;
  private String versionName;
  private Integer minSdk;
  private Integer targetSdk;
  private List<String> permissions;
  private String error;

  public String getCrawlId() {
    return crawlId;
  }

  public void setCrawlId(String crawlId) {
    this.crawlId = crawlId;
  }

  public String getStore() {
    return store;
  }

  public void setStore(String store) {
    this.store = store;
  }

  public String getPackageName() {
    return packageName;
  }

  public void setPackageName(String packageName) {
    this.packageName = packageName;
  }

  public String getApkSha256() {
    return apkSha256;
  }

  public void setApkSha256(String apkSha256) {
    this.apkSha256 = apkSha256;
  }

  public Long getVersionCode() {
    return versionCode;
  }

  public void setVersionCode(Long versionCode) {
    this.versionCode = versionCode;
  }

  public String getVersionName() {
    return versionName;
  }

  public void setVersionName(String versionName) {
    this.versionName = versionName;
  }

  public Integer getMinSdk() {
    return minSdk;
  }

  public void setMinSdk(Integer minSdk) {
    this.minSdk = minSdk;
  }

  public Integer getTargetSdk() {
    return targetSdk;
  }

  public void setTargetSdk(Integer targetSdk) {
    this.targetSdk = targetSdk;
  }

  public List<String> getPermissions() {
    return permissions;
  }

  public void setPermissions(List<String> permissions) {
    this.permissions = permissions;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }
}
