package org.quotestance.spark;

import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quotestance.write.CsvTable;

/** The Spark schemas of the documents, the per-document results and the corpus tables. */
final class Schemas {

    private Schemas() {
    }

    /** Input documents: {@code doc_id} and {@code text} are required; the rest may be missing or null. */
    static final StructType DOCUMENTS = new StructType(new StructField[] {
            DataTypes.createStructField("doc_id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("file", DataTypes.StringType, true),
            DataTypes.createStructField("outlet", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("failure", DataTypes.StringType, true) });

    private static final DataType ROWS = DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType));

    /** One annotated document: its rows of each table (as the CSV writer prints them), counts and speakers. */
    static final StructType RESULTS = new StructType(new StructField[] {
            DataTypes.createStructField("doc_id", DataTypes.StringType, true),
            DataTypes.createStructField("file", DataTypes.StringType, true),
            DataTypes.createStructField("failure", DataTypes.StringType, true),
            DataTypes.createStructField("document", DataTypes.createArrayType(DataTypes.StringType), true),
            DataTypes.createStructField("quotes", ROWS, true),
            DataTypes.createStructField("locations", ROWS, true),
            DataTypes.createStructField("stances", ROWS, true),
            DataTypes.createStructField("counts",
                    DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType), true),
            DataTypes.createStructField("speakers", DataTypes.BinaryType, true) });

    /** A table of the CSV contract with every column a string, exactly as {@code CsvCorpusWriter} prints it. */
    static StructType csv(CsvTable table) {
        return new StructType(table.columns().stream()
                .map(c -> DataTypes.createStructField(c, DataTypes.StringType, false))
                .toArray(StructField[]::new));
    }

    private static final Set<String> INTEGERS = Set.of("n_chars", "n_quotes", "n_locations", "n_stances", "begin",
            "end", "speaker_begin", "speaker_end", "n_docs", "n_mentions", "n_outlets");
    private static final Set<String> DOUBLES = Set.of("latitude", "longitude");

    /** The type a column has in Parquet: counts and offsets are integers, coordinates doubles, ids strings. */
    static DataType parquetType(String column) {
        if (INTEGERS.contains(column)) {
            return DataTypes.IntegerType;
        }
        if (column.equals("geonames_id")) {
            return DataTypes.LongType;
        }
        return DOUBLES.contains(column) ? DataTypes.DoubleType : DataTypes.StringType;
    }

    /** {@code table} with its numeric columns typed; an empty cell (no speaker, say) becomes null. */
    static Dataset<Row> typed(Dataset<Row> table) {
        List<Column> columns = java.util.Arrays.stream(table.columns()).map(c -> {
            DataType type = parquetType(c);
            Column column = functions.col(c);
            return type == DataTypes.StringType ? column
                    : functions.when(column.equalTo(""), functions.lit(null).cast(type)).otherwise(column.cast(type))
                            .as(c);
        }).toList();
        return table.select(columns.toArray(new Column[0]));
    }
}
