package io.tabien.migrations;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Loads districts from a CSV file on the classpath ({@code code,province,name_en,name_lo}). A deployment that needs
 * more districts adds its own CSV and a migration extending this class; the database refuses a district whose
 * code does not start with its province's number.
 */
public abstract class DistrictCsvMigration extends BaseJavaMigration {

    private static final Pattern CODE = Pattern.compile("[0-9]{4}");

    /** The CSV's classpath location, such as {@code db/reference/districts.csv}. */
    protected abstract String csvResource();

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read());
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        List<String[]> rows = parse(new String(read(), StandardCharsets.UTF_8));
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into district (code, province_code, name_en, name_lo) values (?, ?, ?, ?)")) {
            for (String[] row : rows) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.setString(4, row[3].isEmpty() ? null : row[3]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private byte[] read() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(csvResource())) {
            if (in == null) {
                throw new IllegalStateException("District list " + csvResource() + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> parse(String csv) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equals("code,province,name_en,name_lo")) {
                throw new IllegalStateException("District CSV must start with code,province,name_en,name_lo");
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = splitCsvLine(line);
                if (fields.length != 4 || !CODE.matcher(fields[0]).matches() || fields[2].isBlank()) {
                    throw new IllegalStateException("District CSV line " + lineNumber + " is not code,province,name_en,name_lo");
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String[] splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields.toArray(String[]::new);
    }
}
