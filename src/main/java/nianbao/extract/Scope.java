package nianbao.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a narrative figure is about. Only {@link #WHOLE} figures are compared with whole-report table cells as errors
 * (RULES.md: "Scope matters more than anything else for avoiding false alarms").
 */
public enum Scope {
    /** The whole reporting agency, the report's own period. */
    WHOLE("whole", "本机关全年"),
    /** A sub-unit: 区政府办, 各社区, 某中心. */
    SUB_UNIT("sub_unit", "下属单位"),
    /** One channel: 网站, 微信公众号, 信函, 网上申请. */
    CHANNEL("channel", "单一渠道"),
    /** A subset: 其中…, 备案…. */
    SUBSET("subset", "其中部分"),
    /** Another period: another year, 上年, 同比, 上半年. */
    OTHER_PERIOD("other_period", "其他时期");

    private final String id;
    private final String label;

    Scope(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() { return id; }

    /** Chinese label for messages. */
    public String label() { return label; }
}
