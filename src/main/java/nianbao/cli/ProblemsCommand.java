package nianbao.cli;

import nianbao.parse.ReportLoader;
import nianbao.problems.Grouping;
import nianbao.problems.ProblemAnalyzer;
import nianbao.problems.ProblemSection;
import nianbao.problems.ProblemStatistics;
import nianbao.problems.StatementKind;
import nianbao.problems.StatisticsBuilder;
import nianbao.problems.Taxonomy;
import nianbao.problems.Theme;
import nianbao.view.AnalysisJson;
import nianbao.view.ProblemsCsv;
import nianbao.view.ProblemsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "problems", mixinStandardHelpOptions = true,
        description = {"分析第五部分“存在的主要问题及改进情况”：问题与措施的分类统计、常见搭配、典型表述、缺失或片面的报告、分类之外的主题。",
                "Analyse section 五 across reports: problem and remedy categories by year, region or level, "
                        + "problem → remedy pairings, examples, empty or one-sided sections, themes beyond the taxonomy.",
                "分类表：--taxonomy 指定，否则用文件夹中的 taxonomy.tsv，否则用内置分类表。",
                "Taxonomy: --taxonomy FILE, else taxonomy.tsv in the folder (or ./corpus), else the built-in one."})
public final class ProblemsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "corpus",
            description = "报告文件夹，默认 corpus (folder of reports, default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--by", defaultValue = "year", paramLabel = "year|region|level",
            description = "分组：年度、地区（省）或层级 (break down by year, region (province) or level; default: ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
            description = "输出格式 (output format; default: ${DEFAULT-VALUE}); csv 只输出类别×分组表 (csv: the category × group table)")
    Format format;

    enum Format { text, json, csv }

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "自定义分类表 (your own taxonomy.tsv)")
    Path taxonomyFile;

    @Option(names = "--themes", defaultValue = "0", paramLabel = "K",
            description = "主题数，0 为自动 (number of themes, 0 = automatic; default: ${DEFAULT-VALUE})")
    int themes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Grouping grouping = Grouping.ofId(by);
        if (!Files.exists(dir)) throw new IllegalArgumentException(dir + ": 文件夹不存在 (folder not found)");
        Taxonomy taxonomy = taxonomy();
        ReportLoader.Result loaded = Reports.loadAll(List.of(dir), err);
        ProblemAnalyzer analyzer = new ProblemAnalyzer(taxonomy);
        List<ProblemSection> sections = analyzer.analyzeAll(loaded.reports());
        ProblemStatistics stats = new StatisticsBuilder(taxonomy).build(sections, grouping);
        switch (format) {
            case csv -> ProblemsCsv.print(out, stats);
            case json -> {
                List<Theme> found = new nianbao.problems.ThemeClusterer().cluster(sections, StatementKind.PROBLEM, themes);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("taxonomy", taxonomy.source());
                json.put("statistics", stats);
                json.put("themes", found);
                json.put("failures", loaded.failures().stream().map(ReportLoader.Failure::toString).toList());
                json.put("sections", sections);
                out.println(AnalysisJson.WRITER.writeValueAsString(json));
            }
            default -> ProblemsText.print(out, stats,
                    new nianbao.problems.ThemeClusterer().cluster(sections, StatementKind.PROBLEM, themes), taxonomy);
        }
        out.flush();
        return loaded.reports().isEmpty() ? 1 : 0;
    }

    /** --taxonomy, else taxonomy.tsv beside the reports, else in ./corpus, else the built-in one. */
    private Taxonomy taxonomy() throws IOException {
        if (taxonomyFile != null) return Taxonomy.load(taxonomyFile);
        Path folder = Files.isDirectory(dir) ? dir : dir.toAbsolutePath().getParent();
        if (folder != null && Files.isRegularFile(folder.resolve(Taxonomy.FILE_NAME))) return Taxonomy.forCorpus(folder);
        return Taxonomy.forCorpus(Path.of("corpus"));
    }
}
