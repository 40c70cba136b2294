package nianbao.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a figure was stated. */
public enum FigureKind {
    /** A number with a unit: 收到申请3件, 主动公开信息862条. */
    COUNT("count"),
    /** A zero claim: 未收到申请, 没有行政复议、行政诉讼的情况, 本年内无规范性文件. */
    ZERO("zero"),
    /** A completion claim: 已办结, 均已按时答复, 答复率100%, 无下年度结转 — meaning nothing is carried over. */
    COMPLETION("completion");

    private final String id;

    FigureKind(String id) { this.id = id; }

    @JsonValue
    public String id() { return id; }
}
