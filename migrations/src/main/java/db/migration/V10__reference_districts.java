package db.migration;

import io.tabien.migrations.DistrictCsvMigration;

/** The districts of Laos from {@code db/reference/districts.csv}; the table comes from V9. */
public class V10__reference_districts extends DistrictCsvMigration {

    @Override
    protected String csvResource() {
        return "db/reference/districts.csv";
    }
}
