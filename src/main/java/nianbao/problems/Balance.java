package nianbao.problems;

/** What section 五 of a report holds, as evaluators judge it (RULES.md PROBLEMS_EMPTY / PROBLEMS_ONE_SIDED). */
public enum Balance {
    MISSING("缺少第五部分", "section 五 missing"),
    EMPTY("内容为空", "empty"),
    REMEDIES_ONLY("只有改进措施，未列问题", "remedies only"),
    PROBLEMS_ONLY("只列问题，没有改进措施", "problems only"),
    UNCLEAR("未能区分问题与措施", "neither problems nor remedies recognised"),
    BALANCED("问题与措施俱全", "problems and remedies");

    private final String label;
    private final String english;

    Balance(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String label() { return label; }

    public String english() { return english; }

    public boolean isOneSided() { return this == REMEDIES_ONLY || this == PROBLEMS_ONLY; }

    /** Empty, missing or one-sided: what an evaluator would criticise. */
    public boolean isDefective() { return this != BALANCED && this != UNCLEAR; }
}
