package io.tabien.registry.webapp.dashboard;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * Laos's eighteen provinces as a tile map: each province a cell of a four-by-eight grid, in its rough geographic
 * place with north at the top, from Phongsali and Luang Namtha down the panhandle to Champasak and Attapeu. A tile
 * map needs no outlines and keeps every province, small or large, the same size and readable on a phone.
 */
final class ProvinceGrid {

    static final int COLUMNS = 4;
    static final int ROWS = 8;

    /** Columns and rows counted from 1, as a CSS grid counts them. */
    record Cell(int column, int row) {
    }

    private static final Map<String, Cell> CELLS = Map.ofEntries(
            entry("LA-LM", new Cell(2, 1)), entry("LA-PH", new Cell(3, 1)),
            entry("LA-BK", new Cell(1, 2)), entry("LA-OU", new Cell(2, 2)), entry("LA-LP", new Cell(3, 2)),
            entry("LA-HO", new Cell(4, 2)),
            entry("LA-XA", new Cell(1, 3)), entry("LA-VI", new Cell(2, 3)), entry("LA-XS", new Cell(3, 3)),
            entry("LA-XI", new Cell(4, 3)),
            entry("LA-VT", new Cell(2, 4)), entry("LA-BL", new Cell(3, 4)),
            entry("LA-KH", new Cell(3, 5)),
            entry("LA-SV", new Cell(3, 6)),
            entry("LA-SL", new Cell(3, 7)), entry("LA-XE", new Cell(4, 7)),
            entry("LA-CH", new Cell(3, 8)), entry("LA-AT", new Cell(4, 8)));

    private ProvinceGrid() {
    }

    /** The province's cell, or none for a code that is not one of the eighteen. */
    static Optional<Cell> cellOf(String province) {
        return Optional.ofNullable(CELLS.get(province));
    }
}
