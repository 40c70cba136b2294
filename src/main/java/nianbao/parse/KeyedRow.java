package nianbao.parse;

/**
 * A table row routed to its table, with the key its table reader gives its label (row or group name), found once
 * while routing; null where the reader has none for it.
 */
record KeyedRow(RawRow row, String key) {}
