package nianbao.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A figure the narrative states. Offsets are character offsets in the text of {@code section}
 * ({@link nianbao.model.Section#text()}).
 *
 * @param kind          count, zero claim or completion claim
 * @param section       the section key ({@code overview}, {@code applications}, …)
 * @param value         the number stated (0 for zero and completion claims)
 * @param unit          件, 条, 宗, 件次, 份, 起, 个, 元, 万元, % …; null for zero and completion claims
 * @param approximate   300余条, 10万余次, 近百件: never compared as exact
 * @param subject       what is counted, in Chinese
 * @param scope         whole agency, sub-unit, channel, subset or other period
 * @param scopeCue      the words that decided a non-whole scope (e.g. 微信公众号, 其中, 2020年), else null
 * @param text          the phrase that states the figure
 * @param start         offset of {@code text}
 * @param end           offset just past {@code text}
 * @param sentence      the whole sentence, for evidence
 * @param sentenceStart offset of {@code sentence}
 * @param sentenceEnd   offset just past {@code sentence}
 * @param readings      the ways it maps onto table cells (empty when it speaks of no cell)
 */
@JsonPropertyOrder({"cells", "value", "unit", "approximate", "subject", "scope", "text", "start", "end", "kind",
        "section", "scopeCue", "sentence", "sentenceStart", "sentenceEnd", "readings"})
public record Figure(
        FigureKind kind,
        String section,
        BigDecimal value,
        String unit,
        boolean approximate,
        String subject,
        Scope scope,
        String scopeCue,
        String text,
        int start,
        int end,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        List<Reading> readings) {

    public Figure {
        readings = List.copyOf(readings);
    }

    /** Every cell any reading speaks about, in order of first mention. */
    @JsonProperty("cells")
    public List<String> cells() {
        Set<String> ids = new LinkedHashSet<>();
        for (Reading r : readings) for (Term t : r.terms()) ids.addAll(t.cells());
        return new ArrayList<>(ids);
    }

    private static final Set<String> COUNT_UNITS = Set.of("件次", "件", "条", "宗", "份", "起", "个", "篇", "项");

    /** Whether a unit counts items (件, 条, 件次 …), as opposed to amounts, visits or percentages. */
    public static boolean isCountUnit(String unit) {
        return unit != null && COUNT_UNITS.contains(unit);
    }

    /** True when the figure maps to table cells. */
    public boolean mapsToCells() { return !readings.isEmpty(); }
}
