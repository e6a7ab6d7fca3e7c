package org.appwatch.scoring.apk;

/**
 * One attribute of a binary-XML element, with its typed value (Res_value).
 *
 * @param name the attribute name from the string pool (may be empty in obfuscated files)
 * @param resourceId the framework attribute id from the resource map, or 0
 * @param type Res_value data type
 * @param data Res_value data
 * @param raw the raw string value, or null
 */
record XmlAttribute(String name, int resourceId, int type, int data, String raw) {
  static final int TYPE_REFERENCE = 0x01;
  static final int TYPE_STRING = 0x03;
  static final int TYPE_INT_DEC = 0x10;
  static final int TYPE_INT_HEX = 0x11;
  static final int TYPE_INT_BOOLEAN = 0x12;

  /** The value as aapt would print a plain string: strings as is, numbers in decimal. */
  String text() {
    return switch (type) {
      case TYPE_STRING -> raw;
      case TYPE_INT_DEC, TYPE_INT_HEX -> Integer.toString(data);
      case TYPE_INT_BOOLEAN -> Boolean.toString(data != 0);
      case TYPE_REFERENCE -> String.format("@0x%08x", data);
      default -> raw != null ? raw : Integer.toString(data);
    };
  }

  /** An integer value, also when written as a decimal string; null otherwise. */
  Integer integer() {
    if (type >= TYPE_INT_DEC && type <= 0x1f) {
      return data;
    }
    if (raw != null) {
      try {
        return Integer.valueOf(raw.trim());
      } catch (NumberFormatException e) {
        return null; // a codename or a reference to a resource
      }
    }
    return null;
  }

  /** A boolean value; {@code "true"} strings count too. */
  Boolean bool() {
    if (type == TYPE_INT_BOOLEAN || type == TYPE_INT_DEC) {
      return data != 0;
    }
    return raw == null ? null : Boolean.parseBoolean(raw.trim());
  }
}
