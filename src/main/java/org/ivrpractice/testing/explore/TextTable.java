package org.ivrpractice.testing.explore;

import java.util.List;

/** Rows of cells as aligned columns, for terminal reports. */
public final class TextTable {

  private TextTable() {}

  /**
   * @param rows the rows, the first being the header
   * @param indent written before every row
   * @param right for each column, true to align it right (numbers)
   */
  public static String render(List<String[]> rows, String indent, boolean[] right) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        String cell = row[c];
        String pad = " ".repeat(width[c] - cell.length());
        line.append(right[c] ? pad + cell : cell + (c == columns - 1 ? "" : pad));
        if (c < columns - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
