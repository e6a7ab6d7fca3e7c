package org.appwatch.jobs;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The short forms the dataset schemas are written in: every column nullable, lists of strings. */
final class SchemaTypes {
  private SchemaTypes() {}

  static DataType strings() {
    return createArrayType(StringType, false);
  }

  static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }

  static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }
}
