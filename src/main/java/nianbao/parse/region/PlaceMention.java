package nianbao.parse.region;

import java.util.List;

/**
 * A place name found in a text.
 *
 * @param surface    the characters as written
 * @param candidates the divisions it may name (never one that is an ancestor of another candidate)
 * @param strong     read through a strong {@link Gazetteer.Alias} (杭州市, 恩施州), not a weak one (杭州, 城区)
 * @param position   offset of the first character in the searched text
 */
record PlaceMention(String surface, List<Division> candidates, boolean strong, int position) {}
