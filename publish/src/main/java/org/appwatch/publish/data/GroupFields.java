package org.appwatch.publish.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Reads named fields of a Parquet record, tolerating what the contracts allow: a nullable field
 * with no value, or a field absent from an older file (both read as null or an empty list). Lists
 * are read in the standard three-level form Spark writes ({@code LIST} / repeated {@code list} /
 * {@code element}) and in the legacy two-level form.
 */
public final class GroupFields {

  private GroupFields() {}

  public static boolean has(Group g, String name) {
    return g.getType().containsField(name) && g.getFieldRepetitionCount(name) > 0;
  }

  public static String string(Group g, String name) {
    return has(g, name) ? g.getString(name, 0) : null;
  }

  public static String requiredString(Group g, String name) {
    String s = string(g, name);
    if (s == null) {
      throw new IllegalArgumentException("column " + name + " is null in a " + g.getType());
    }
    return s;
  }

  public static Long int64(Group g, String name) {
    return has(g, name) ? g.getLong(name, 0) : null;
  }

  public static int int32(Group g, String name) {
    return has(g, name) ? g.getInteger(name, 0) : 0;
  }

  public static double doubleValue(Group g, String name) {
    return has(g, name) ? g.getDouble(name, 0) : 0.0;
  }

  public static boolean bool(Group g, String name) {
    return has(g, name) && g.getBoolean(name, 0);
  }

  /** A {@code DATE} (days since the epoch), or null. */
  public static LocalDate date(Group g, String name) {
    return has(g, name) ? LocalDate.ofEpochDay(g.getInteger(name, 0)) : null;
  }

  /** A list of strings; empty when null or absent. */
  public static List<String> strings(Group g, String name) {
    return list(g, name, (parent, field, i) -> parent.getString(field, i));
  }

  /** A list of structs, each converted by {@code convert}; empty when null or absent. */
  public static <T> List<T> structs(Group g, String name, Function<Group, T> convert) {
    return list(g, name, (parent, field, i) -> convert.apply(parent.getGroup(field, i)));
  }

  private interface Element<T> {
    T read(Group parent, int field, int index);
  }

  private static <T> List<T> list(Group g, String name, Element<T> element) {
    if (!has(g, name)) {
      return List.of();
    }
    Type type = g.getType().getType(name);
    int field = g.getType().getFieldIndex(name);
    List<T> out = new ArrayList<>();
    if (type.isRepetition(Type.Repetition.REPEATED)) {
      // a bare repeated field: the oldest two-level form
      for (int i = 0; i < g.getFieldRepetitionCount(field); i++) {
        out.add(element.read(g, field, i));
      }
      return out;
    }
    Group wrapper = g.getGroup(field, 0);
    if (!(type.getLogicalTypeAnnotation()
        instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation)) {
      throw new IllegalArgumentException("column " + name + " is not a list: " + type);
    }
    Type repeated = wrapper.getType().getType(0);
    boolean threeLevel =
        !repeated.isPrimitive() && !repeatedIsElement(repeated.asGroupType(), name);
    for (int i = 0; i < wrapper.getFieldRepetitionCount(0); i++) {
      if (!threeLevel) {
        out.add(element.read(wrapper, 0, i));
      } else {
        Group entry = wrapper.getGroup(0, i);
        if (entry.getFieldRepetitionCount(0) > 0) {
          out.add(element.read(entry, 0, 0));
        }
      }
    }
    return out;
  }

  /** Parquet's backward-compatibility rules for a list's repeated group (LogicalTypes.md). */
  private static boolean repeatedIsElement(GroupType repeated, String listName) {
    return repeated.getFieldCount() != 1
        || repeated.getName().equals("array")
        || repeated.getName().equals(listName + "_tuple");
  }
}
