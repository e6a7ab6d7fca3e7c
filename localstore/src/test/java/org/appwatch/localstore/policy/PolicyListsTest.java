package org.appwatch.localstore.policy;

import static org.appwatch.localstore.policy.PolicyFixtures.parse;
import static org.appwatch.localstore.policy.PolicyFixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SDK list and the permission list. */
class PolicyListsTest {

  private final PolicyWriter writer = new PolicyWriter();

  @ParameterizedTest
  @EnumSource(PolicyLanguage.class)
  void sdkListNamesEverySdkWithVendorPurposeAndData(PolicyLanguage language) {
    boolean table = false;
    boolean list = false;
    for (long phrasing = 0; phrasing < 20; phrasing++) {
      PolicySpec spec = spec(language, EnumSet.of(Clause.THIRD_PARTY_SDK_LIST), phrasing);
      Document page = parse(writer.html(spec));
      Elements rows = page.select("table.sdk-list tbody tr, ol.sdk-list li");
      assertEquals(spec.sdks().size(), rows.size());
      table |= !page.select("table.sdk-list").isEmpty();
      list |= !page.select("ol.sdk-list").isEmpty();
      for (int i = 0; i < rows.size(); i++) {
        PolicySpec.SdkDisclosure sdk = spec.sdks().get(i);
        String row = rows.get(i).text();
        assertTrue(row.contains(sdk.name()) && row.contains(sdk.vendor()), row);
        assertTrue(row.contains(sdk.purpose()), row);
        sdk.data().forEach(d -> assertTrue(row.contains(d), row));
      }
    }
    assertTrue(table && list, "both the table and the list form occur");
  }

  @Test
  void noSdkListWithoutTheClause() {
    PolicySpec spec =
        spec(
            PolicyLanguage.SIMPLIFIED_CHINESE,
            PolicyFixtures.allBut(Clause.THIRD_PARTY_SDK_LIST),
            3);
    String page = writer.html(spec);
    assertFalse(page.contains("友盟统计SDK") || page.contains("sdk-list"));
  }

  @ParameterizedTest
  @EnumSource(PolicyLanguage.class)
  void permissionsCarryAPurposeExactlyWhenStated(PolicyLanguage language) {
    PolicyTemplates.Permissions names = TemplateCatalog.get().templates(language).permissions();
    PolicyTemplates.PermissionName camera = names.names().get("CAMERA");
    PolicyTemplates.PermissionName contacts = names.names().get("READ_CONTACTS");
    for (long phrasing = 0; phrasing < 30; phrasing++) {
      Document page =
          parse(writer.html(spec(language, Set.of(Clause.PERMISSION_PURPOSES), phrasing)));
      Elements items = page.select("ul.permissions li");
      assertEquals(2, items.size());
      Element cameraLine = items.get(0);
      Element contactsLine = items.get(1);
      assertTrue(cameraLine.text().contains(camera.term()), cameraLine.text());
      assertTrue(cameraLine.text().contains(camera.purpose()), cameraLine.text());
      assertTrue(contactsLine.text().contains(contacts.term()), contactsLine.text());
      for (PolicyTemplates.PermissionName any : names.names().values()) {
        assertFalse(
            page.text().contains(any.purpose()) && any != camera, "only the camera has a purpose");
      }
      assertFalse(page.text().contains(names.unknownPurpose()));
    }
  }

  @Test
  void unknownPermissionIsNamedWithAGenericPurpose() {
    List<PolicySpec.PermissionPurpose> permissions =
        List.of(new PolicySpec.PermissionPurpose("com.example.permission.BADGE_COUNT", true));
    PolicySpec spec =
        spec(
            PolicyLanguage.SIMPLIFIED_CHINESE,
            Set.of(Clause.PERMISSION_PURPOSES),
            0,
            PolicyForm.HTML,
            permissions);
    String line = parse(writer.html(spec)).select("ul.permissions li").text();
    assertTrue(line.contains("BADGE_COUNT") && line.contains("实现与该权限相关的产品功能"), line);
  }

  @Test
  void noPermissionListWithoutTheClause() {
    String page =
        parse(
                writer.html(
                    spec(
                        PolicyLanguage.SIMPLIFIED_CHINESE,
                        PolicyFixtures.allBut(Clause.PERMISSION_PURPOSES),
                        1)))
            .text();
    assertFalse(page.contains("相机") || page.contains("通讯录"), page);
  }
}
