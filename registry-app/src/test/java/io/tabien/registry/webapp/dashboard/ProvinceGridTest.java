package io.tabien.registry.webapp.dashboard;

import io.tabien.registry.webapp.dashboard.ProvinceGrid.Cell;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceGridTest {

    private static final List<String> PROVINCES = List.of("LA-AT", "LA-BK", "LA-BL", "LA-CH", "LA-HO", "LA-KH",
            "LA-LM", "LA-LP", "LA-OU", "LA-PH", "LA-SL", "LA-SV", "LA-VI", "LA-VT", "LA-XA", "LA-XE", "LA-XI",
            "LA-XS");

    @Test
    void everyProvinceHasACellOfItsOwnInsideTheGrid() {
        Set<Cell> taken = new HashSet<>();
        for (String province : PROVINCES) {
            Cell cell = ProvinceGrid.cellOf(province).orElseThrow();
            assertThat(cell.column()).as(province).isBetween(1, ProvinceGrid.COLUMNS);
            assertThat(cell.row()).as(province).isBetween(1, ProvinceGrid.ROWS);
            assertThat(taken.add(cell)).as("%s shares a cell", province).isTrue();
        }
    }

    @Test
    void northIsAtTheTopAndThePanhandleRunsSouthEast() {
        assertThat(row("LA-PH")).isEqualTo(1);
        assertThat(row("LA-PH")).isLessThan(row("LA-LP")).isLessThan(row("LA-VT"));
        assertThat(row("LA-VT")).isLessThan(row("LA-SV")).isLessThan(row("LA-CH"));
        assertThat(row("LA-CH")).isEqualTo(ProvinceGrid.ROWS);
        assertThat(row("LA-AT")).isEqualTo(ProvinceGrid.ROWS);
        assertThat(column("LA-BK")).as("Bokeo in the north-west").isEqualTo(1);
        assertThat(column("LA-BK")).isLessThan(column("LA-LM"));
        assertThat(column("LA-VT")).as("Vientiane Capital west of Bolikhamxay").isLessThan(column("LA-BL"));
        assertThat(column("LA-AT")).as("Attapeu east of Champasak").isGreaterThan(column("LA-CH"));
    }

    @Test
    void aCodeThatIsNoProvinceHasNoCell() {
        assertThat(ProvinceGrid.cellOf("LA-ZZ")).isEmpty();
        assertThat(ProvinceGrid.cellOf("1501")).isEmpty();
    }

    private static int row(String province) {
        return ProvinceGrid.cellOf(province).orElseThrow().row();
    }

    private static int column(String province) {
        return ProvinceGrid.cellOf(province).orElseThrow().column();
    }
}
