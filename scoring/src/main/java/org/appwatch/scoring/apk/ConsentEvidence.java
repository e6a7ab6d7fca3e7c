package org.appwatch.scoring.apk;

import java.util.List;

/**
 * Signs of a first-run consent dialog in the APK's resources.
 *
 * @param keywords the consent keywords found (隐私政策, 用户协议, 同意, 不同意, ...), in table order
 * @param strings resource strings containing a policy keyword, each cut to 200 characters, at most
 *     20
 * @param policyUrls URLs in resource strings that look like a privacy policy or user agreement
 * @param policyAssets entries whose names look like a bundled policy ({@code assets/privacy.html})
 * @param dialogLikely true when both a policy term and an agree/disagree term occur
 */
public record ConsentEvidence(
    List<String> keywords,
    List<String> strings,
    List<String> policyUrls,
    List<String> policyAssets,
    boolean dialogLikely) {}
