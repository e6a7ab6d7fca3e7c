package org.appwatch.localstore.policy;

import java.util.List;
import java.util.Map;

/**
 * The wording of generated policies in one language, as read from {@code clauses-<tag>.yaml}. All
 * strings are plain text with {@code {name}} placeholders; the writer escapes them.
 *
 * @param dateFormat {@link java.time.format.DateTimeFormatter} pattern for the policy dates
 * @param listSeparator joins the data items an SDK receives
 * @param headingFormat a numbered section heading, with {@code {n}} and {@code {title}}
 * @param numerals section numbers in order (一, 二 … or 1, 2 …)
 * @param phones contact phone patterns, {@code {a}} and {@code {b}} are four digits each
 * @param addresses contact address patterns, {@code {n}} is a street number
 * @param page the site chrome and the non-HTML forms
 * @param headings section headings by layout id, and the sub-headings of the permission and SDK
 *     blocks by clause name
 * @param sdk the SDK table headers and the list-item phrasings
 * @param permissions permission lines and the Android-permission-to-user-term table
 * @param clauses every clause's phrasings; a phrasing is a list of paragraphs
 * @param filler boilerplate that states no clause, by layout key; phrasings as for clauses
 * @param definitions the appendix definitions, always written
 * @param hardNegatives per clause, a definition that carries the clause's keywords without stating
 *     it; written only while the clause is absent
 */
record PolicyTemplates(
    String dateFormat,
    String listSeparator,
    String headingFormat,
    List<String> numerals,
    List<String> phones,
    List<String> addresses,
    Page page,
    Map<String, String> headings,
    Sdk sdk,
    Permissions permissions,
    Map<Clause, List<List<String>>> clauses,
    Map<String, List<List<String>>> filler,
    List<String> definitions,
    Map<Clause, String> hardNegatives) {

  /** Site chrome and the texts of the non-HTML forms. */
  record Page(
      String title,
      List<String> nav,
      List<String> footer,
      String toc,
      String pdfLink,
      String imageAlt,
      String loginPrompt,
      String loginUser,
      String loginPassword,
      String loginButton) {}

  /** SDK list: table column headers, and phrasings of one SDK as a list item. */
  record Sdk(List<String> headers, List<String> items) {}

  /**
   * Permission lines with a purpose ({@code stated}) and without ({@code unstated}), and the user
   * terms keyed by the Android permission's simple name ({@code CAMERA}).
   */
  record Permissions(
      List<String> stated,
      List<String> unstated,
      String unknownPurpose,
      Map<String, PermissionName> names) {}

  /** How a permission is called in the policy, and the purpose given when one is stated. */
  record PermissionName(String term, String purpose) {}
}
