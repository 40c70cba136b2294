package nianbao.check.rules;

import nianbao.check.CheckContext;
import nianbao.check.Evidence;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.model.FormatVersion;
import nianbao.model.Section;
import nianbao.model.SectionKey;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** FORMAT_OUTDATED: a 2021-or-later report still on the 2019 tables, or citing 国办公开办函〔2019〕60号. */
public final class FormatOutdated extends BaseRule {
    public FormatOutdated() { super("FORMAT_OUTDATED", "未按新格式 (outdated format)"); }

    private static final String NOTICE_PREFIX = "国办公开办函";
    private static final Pattern OLD_NOTICE = Pattern.compile(NOTICE_PREFIX + "\\s*[〔\\[［(（]2019[〕\\]］)）]\\s*60\\s*号");

    @Override
    public List<Finding> check(CheckContext ctx) {
        Integer year = ctx.report().year();
        if (year == null || year < 2021) return List.of();
        List<Evidence> evidence = new ArrayList<>();
        for (Section s : ctx.report().sections()) {
            // every match opens with the literal 国办公开办函: where indexOf finds none, the regex need not run
            int cue = s.text().indexOf(NOTICE_PREFIX);
            if (cue < 0) continue;
            Matcher m = OLD_NOTICE.matcher(s.text());
            if (m.find(cue)) evidence.add(new Evidence(s.key().id(), m.start(), m.end(), m.group()));
        }
        boolean oldTables = ctx.report().format() == FormatVersion.V2019;
        if (!oldTables && evidence.isEmpty()) return List.of();
        if (oldTables) ctx.section(SectionKey.ACTIVE, 120).ifPresent(evidence::add);
        String why = oldTables ? "表格仍采用2019年版格式（国办公开办函〔2019〕60号）" : "正文引用已废止的国办公开办函〔2019〕60号格式";
        return List.of(CheckContext.finding(this, Severity.WARNING,
                year + "年度报告应采用国办公开办函〔2021〕30号格式，但" + why, List.of(), null, null, evidence));
    }
}
