package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nianbao.index.HanLPData;
import nianbao.search.QuerySyntaxException;
import nianbao.search.ReportSearcher;
import nianbao.search.SearchRequest;
import nianbao.view.SearchOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"全文检索报告章节：多个词须同时出现，\"引号\" 内为短语，-词 排除，A OR B 任一；任何两个字以上的字符串都不会漏检。",
                "Search report sections: words must all match, \"quoted phrases\", -exclusion, A OR B; any string of"
                        + " two or more characters is found wherever it occurs."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "查询 (the query)")
    String query;

    @Option(names = "--year", paramLabel = "Y", description = "年份 (year the report covers)")
    Integer year;

    @Option(names = "--region", paramLabel = "R", description = "省、市或区县，如 浙江 或 杭州市 (province, city or county)")
    String region;

    @Option(names = "--level", paramLabel = "L", description = "级别：部门 省 市 区县 乡镇街道 (level; or department, province, city, county, township)")
    String level;

    @Option(names = "--section", paramLabel = "S", description = "章节：overview problems other，或 report 检索整份报告 (section, or report for whole reports)")
    String section;

    @Option(names = "--limit", paramLabel = "N", description = "结果数，默认 10；--kwic 时默认不限 (hits to show; default 10, no limit with --kwic)")
    Integer limit;

    @Option(names = "--format", paramLabel = "FMT", description = "输出格式 text|json|csv，默认 text (output format)")
    SearchOutput.Format format = SearchOutput.Format.text;

    @Option(names = "--kwic", description = "逐条列出所有命中的上下文（语词索引）(keyword in context: every match in every hit)")
    boolean kwic;

    @Option(names = "--width", paramLabel = "N", description = "--kwic 左右上下文字数，默认 20 (context characters each side for --kwic)")
    int width = 20;

    @Option(names = "--like", paramLabel = "REPORT", description = "列出与该报告（编号或文件路径）相似的报告 (reports similar to this one: id or file path)")
    String like;

    @Option(names = "--index", paramLabel = "PATH", description = "索引位置，默认 index (index location; default index)")
    Path index = Path.of("index");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((query == null || query.isBlank()) && like == null) {
            err.println("错误 (error): 请给出查询或 --like 报告 (give a query, or --like REPORT)");
            return 2;
        }
        SearchOutput output = new SearchOutput(out, format);
        HanLPData.loadUserDictionary(index); // the user dictionary the index was built with, if any
        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            if (like != null) {
                output.similar(like, searcher.similar(like, limit == null ? 10 : limit));
            } else if (kwic) {
                SearchRequest req = new SearchRequest(query, year, region, level, section, 10);
                output.kwic(searcher.kwic(req, width, limit == null ? Integer.MAX_VALUE : limit), width);
            } else {
                SearchRequest req = new SearchRequest(query, year, region, level, section, limit == null ? 10 : limit);
                output.results(query, searcher.search(req));
            }
        } catch (QuerySyntaxException | IOException e) {
            err.println("错误 (error): " + e.getMessage());
            return 2;
        }
        out.flush();
        return 0;
    }
}
