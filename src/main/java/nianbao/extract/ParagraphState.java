package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/** What the previous figures of a paragraph said, for clauses that only name a row or column. */
final class ParagraphState {
    enum Topic { APPLICATION, REVIEW, ACTIVE, OTHER }

    int paragraph = -1;
    Topic topic;
    List<T3Mapper.RowChoice> rows;
    List<String> groups;
    boolean lastWasResult;
    /** Figures so far in the section (carried across paragraphs for 其中). */
    final List<Figure> figures = new ArrayList<>();
    /** The last count of requests above zero: what a completion claim speaks of. */
    Figure lastApplicationCount;
}
